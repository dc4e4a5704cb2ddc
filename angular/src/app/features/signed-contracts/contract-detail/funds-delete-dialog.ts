import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Api } from '../../../api/api';
import { deleteContractFunds } from '../../../api/fn/signed-contracts/delete-contract-funds';
import { FundEntryDto } from '../../../api/models/fund-entry-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { notBlank } from '../../../shared/validation/not-blank';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { ContractError } from '../contract-error';

/** 删除到位资金 modal: the entry is removed only with a reason, which the contract's history keeps. */
@Component({
  selector: 'app-funds-delete-dialog',
  imports: [SHARED_IMPORTS, ContractError, WanYuanPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'contracts.fundsDelete.title' | translate"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="funds-delete-dialog">
        <p>
          {{
            'contracts.fundsDelete.entry'
              | translate: { date: entry().arrivedOn, amount: (entry().amount | wanYuan) }
          }}
        </p>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'contracts.fundsDelete.reason' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                maxlength="500"
                formControlName="reason"
                data-testid="funds-delete-reason"
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
        nzDanger
        type="button"
        [nzLoading]="saving()"
        (click)="submit()"
        data-testid="funds-delete-save"
      >
        {{ 'common.delete' | translate }}
      </button>
    </ng-template>
  `,
})
export class FundsDeleteDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly contractId = input.required<string>();
  readonly entry = input.required<FundEntryDto>();
  readonly closed = output<void>();
  readonly deleted = output<void>();

  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(500)],
    }),
  });
  protected readonly saving = signal(false);

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(deleteContractFunds, {
        id: this.contractId(),
        fundId: this.entry().id,
        reason: this.form.getRawValue().reason.trim(),
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: () => this.deleted.emit(),
        stale: () => this.deleted.emit(),
      },
    );
  }
}
