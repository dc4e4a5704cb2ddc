import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { resolveContractProblem } from '../../../api/fn/signed-contracts/resolve-contract-problem';
import { ContractProblemDto } from '../../../api/models/contract-problem-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { ContractError } from '../contract-error';
import { createResolveForm } from '../contract-forms';

/** 办结协调问题 modal: how it was resolved. */
@Component({
  selector: 'app-problem-resolve-dialog',
  imports: [SHARED_IMPORTS, ContractError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'contracts.problemDialog.resolveTitle' | translate"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="problem-resolve-dialog">
        <p>{{ problem().description }}</p>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'contracts.problemDialog.resolution' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                maxlength="2000"
                formControlName="resolution"
                data-testid="problem-resolution"
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
        data-testid="problem-resolve-save"
      >
        {{ 'common.save' | translate }}
      </button>
    </ng-template>
  `,
})
export class ProblemResolveDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly contractId = input.required<string>();
  readonly problem = input.required<ContractProblemDto>();
  readonly closed = output<void>();
  readonly saved = output<ContractProblemDto | null>();

  protected readonly form = createResolveForm();
  protected readonly saving = signal(false);

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(resolveContractProblem, {
        id: this.contractId(),
        problemId: this.problem().id,
        body: { resolution: this.form.getRawValue().resolution.trim() },
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
