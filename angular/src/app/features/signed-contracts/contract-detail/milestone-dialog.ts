import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { Api } from '../../../api/api';
import { setContractMilestone } from '../../../api/fn/signed-contracts/set-contract-milestone';
import { ContractDetailDto } from '../../../api/models/contract-detail-dto';
import { MilestoneDto } from '../../../api/models/milestone-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { ContractError } from '../contract-error';
import { createMilestoneForm, milestoneRequest } from '../contract-forms';
import { afterToday } from '../contracts-model';

/** 里程碑 modal: its planned day, the day it was actually reached (not in the future) and a note. */
@Component({
  selector: 'app-milestone-dialog',
  imports: [SHARED_IMPORTS, ContractError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'contracts.milestoneDialog.title' | translate: { name: name() }"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="milestone-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label>{{ 'contracts.milestoneDialog.plannedOn' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-date-picker formControlName="plannedOn" data-testid="milestone-planned" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'contracts.milestoneDialog.actualOn' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-date-picker
                formControlName="actualOn"
                [nzDisabledDate]="afterToday"
                data-testid="milestone-actual"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'contracts.milestoneDialog.note' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="2"
                maxlength="500"
                formControlName="note"
                data-testid="milestone-note"
              ></textarea>
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
        data-testid="milestone-save"
      >
        {{ 'common.save' | translate }}
      </button>
    </ng-template>
  `,
})
export class MilestoneDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly contractId = input.required<string>();
  readonly milestone = input.required<MilestoneDto>();
  /** The milestone's name in the UI language. */
  readonly name = input.required<string>();
  readonly closed = output<void>();
  readonly saved = output<ContractDetailDto | null>();

  protected readonly afterToday = afterToday;
  protected readonly saving = signal(false);
  protected form!: ReturnType<typeof createMilestoneForm>;

  ngOnInit(): void {
    this.form = createMilestoneForm(this.milestone());
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(setContractMilestone, {
        id: this.contractId(),
        kind: this.milestone().kind,
        body: milestoneRequest(this.form),
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (detail) => this.saved.emit(detail),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
