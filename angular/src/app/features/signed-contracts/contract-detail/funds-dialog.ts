import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { addContractFunds } from '../../../api/fn/signed-contracts/add-contract-funds';
import { FundEntryDto } from '../../../api/models/fund-entry-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { dayFromApi } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { ContractError } from '../contract-error';
import { createFundsForm, fundsBody } from '../contract-forms';
import { ATTACHMENT_ACCEPT } from '../../../shared/files/attachment-file';
import { FUNDS_KINDS, afterToday } from '../contracts-model';

/**
 * 登记到位资金 modal: the day (between signing and today), the amount in 万元, the kind of evidence, a note and the
 * evidence itself (PDF/JPG/PNG ≤ 10 MB, checked here before it is sent), posted as multipart.
 */
@Component({
  selector: 'app-funds-dialog',
  imports: [SHARED_IMPORTS, ContractError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .full {
      width: 100%;
    }
    .hint {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
  `,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'contracts.fundsDialog.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="560px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="funds-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'contracts.fundsDialog.date' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-date-picker
                class="full"
                formControlName="arrivedOn"
                [nzDisabledDate]="outside"
                data-testid="funds-date"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'contracts.fundsDialog.amount' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-input-number
                class="full"
                formControlName="amount"
                [nzMin]="0"
                [nzPrecision]="2"
                data-testid="funds-amount"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'contracts.fundsDialog.kind' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select formControlName="kind" data-testid="funds-kind">
                @for (kind of kinds; track kind) {
                  <nz-option
                    [nzValue]="kind"
                    [nzLabel]="'contracts.fundsKinds.' + kind | translate"
                  />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'contracts.fundsDialog.note' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="2"
                maxlength="500"
                formControlName="note"
                data-testid="funds-note"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'contracts.fundsDialog.file' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip" [nzValidateStatus]="form.controls.file">
              <input
                type="file"
                [accept]="accept"
                data-testid="funds-file"
                (change)="pick($event)"
              />
              <div class="hint">{{ 'contracts.fundsDialog.fileHint' | translate }}</div>
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
        data-testid="funds-save"
      >
        <nz-icon nzType="upload" />{{ 'common.save' | translate }}
      </button>
    </ng-template>
  `,
})
export class FundsDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly contractId = input.required<string>();
  /** 签约时间 ('yyyy-MM-dd'): funds cannot arrive before it. */
  readonly signedOn = input.required<string>();
  readonly closed = output<void>();
  readonly saved = output<FundEntryDto | null>();

  protected readonly kinds = FUNDS_KINDS;
  protected readonly accept = ATTACHMENT_ACCEPT;
  protected readonly form = createFundsForm();
  protected readonly saving = signal(false);
  protected readonly outside = (day: Date) => {
    const signed = dayFromApi(this.signedOn());
    return afterToday(day) || (signed !== null && day < signed);
  };

  /** The file input's change: kept in the form, whose validator refuses a wrong type or size here. */
  protected pick(event: Event): void {
    const control = this.form.controls.file;
    control.setValue((event.target as HTMLInputElement).files?.[0] ?? null);
    control.markAsDirty();
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(addContractFunds, { id: this.contractId(), body: fundsBody(this.form) }),
      {
        saving: this.saving,
        form: this.form,
        saved: (entry) => this.saved.emit(entry),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
