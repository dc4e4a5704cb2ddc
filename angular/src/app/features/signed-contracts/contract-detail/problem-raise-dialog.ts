import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { raiseContractProblem } from '../../../api/fn/signed-contracts/raise-contract-problem';
import { ContractProblemDto } from '../../../api/models/contract-problem-dto';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { dayToApi, shanghaiToday } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { ContractError } from '../contract-error';
import { createProblemForm } from '../contract-forms';

/** 提出协调问题 modal: what needs coordinating, the department to do it and the deadline (today or later). */
@Component({
  selector: 'app-problem-raise-dialog',
  imports: [SHARED_IMPORTS, ContractError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'contracts.problemDialog.title' | translate"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="problem-raise-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'contracts.problemDialog.description' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                maxlength="2000"
                formControlName="description"
                data-testid="problem-description"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'contracts.problemDialog.department' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select
                formControlName="assignedDepartmentId"
                nzShowSearch
                data-testid="problem-department"
              >
                @for (department of departments(); track department.id) {
                  <nz-option [nzValue]="department.id" [nzLabel]="department.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'contracts.problemDialog.deadline' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-date-picker
                formControlName="deadline"
                [nzDisabledDate]="beforeToday"
                data-testid="problem-deadline"
              />
            </nz-form-control>
          </nz-form-item>
        </form>
        <ng-template #errorTip let-control
          ><app-contract-error [errors]="control.errors"
        /></ng-template>
      </div>
    </nz-modal>
    <ng-template #footer>
      <button nz-button type="button" (click)="closed.emit()">
        {{ 'common.cancel' | translate }}
      </button>
      <button
        nz-button
        nzType="primary"
        type="button"
        [nzLoading]="saving()"
        (click)="submit()"
        data-testid="problem-save"
      >
        {{ 'common.save' | translate }}
      </button>
    </ng-template>
  `,
})
export class ProblemRaiseDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly contractId = input.required<string>();
  readonly departments = input.required<DepartmentOptionDto[]>();
  readonly closed = output<void>();
  readonly saved = output<ContractProblemDto | null>();

  protected readonly form = createProblemForm();
  protected readonly saving = signal(false);
  private readonly today = shanghaiToday();
  protected readonly beforeToday = (day: Date) => day < this.today;

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const value = this.form.getRawValue();
    this.problems.save(
      this.api.invoke(raiseContractProblem, {
        id: this.contractId(),
        body: {
          description: value.description.trim(),
          assignedDepartmentId: value.assignedDepartmentId,
          deadline: dayToApi(value.deadline),
        },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (problem) => this.saved.emit(problem),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
