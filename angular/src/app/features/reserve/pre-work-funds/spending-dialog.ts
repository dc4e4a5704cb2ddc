import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Api } from '../../../api/api';
import { recordPreWorkSpending } from '../../../api/fn/reserve/record-pre-work-spending';
import { PreWorkAllocationDto } from '../../../api/models/pre-work-allocation-dto';
import { PreWorkFundsDto } from '../../../api/models/pre-work-funds-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { yuanFromWan } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { positiveWan } from '../project-form/project-form-model';
import { notBlank } from '../../../shared/validation/not-blank';
import { dateToApi, isFutureDay, notInFuture } from './pre-work-funds-model';

/** 登记支出 modal for one allocation: a date (not in the future), an amount in 万元 and a description. */
@Component({
  selector: 'app-pre-work-spending-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'reserve.preWorkFunds.recordSpending' | translate"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <form
        *nzModalContent
        nz-form
        nzLayout="vertical"
        [formGroup]="form"
        data-testid="funds-spending-dialog"
      >
        <ng-template #errorTip let-control>
          @if (control.errors?.['positive']) {
            {{ 'reserve.form.positive' | translate }}
          } @else if (control.errors?.['futureDate']) {
            {{ 'reserve.preWorkFunds.futureDate' | translate }}
          } @else {
            <app-control-error [errors]="control.errors" />
          }
        </ng-template>
        <p>{{ allocation().projectName }} · {{ allocation().purpose }}</p>
        <nz-form-item>
          <nz-form-label nzRequired>{{ 'reserve.preWorkFunds.date' | translate }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <nz-date-picker
              formControlName="date"
              [nzDisabledDate]="isFutureDay"
              style="width: 100%"
              data-testid="funds-spending-date"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired>{{
            'reserve.preWorkFunds.amountWan' | translate
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <nz-input-number
              formControlName="amount"
              [nzMin]="0"
              [nzPrecision]="2"
              style="width: 100%"
              data-testid="funds-spending-amount"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired>{{
            'reserve.preWorkFunds.description' | translate
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <input
              nz-input
              formControlName="description"
              data-testid="funds-spending-description"
            />
          </nz-form-control>
        </nz-form-item>
      </form>
      <ng-template #footer>
        <button nz-button (click)="closed.emit()">{{ 'common.cancel' | translate }}</button>
        <button
          nz-button
          nzType="primary"
          data-testid="funds-spending-submit"
          [nzLoading]="saving()"
          (click)="submit()"
        >
          {{ 'common.save' | translate }}
        </button>
      </ng-template>
    </nz-modal>
  `,
})
export class SpendingDialog {
  private readonly api = inject(Api);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);

  readonly allocation = input.required<PreWorkAllocationDto>();
  readonly closed = output<void>();
  readonly saved = output<PreWorkFundsDto>();

  protected readonly isFutureDay = (day: Date): boolean => isFutureDay(day);
  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({
    date: new FormControl<Date | null>(new Date(), [Validators.required, notInFuture]),
    amount: new FormControl<number | null>(null, [Validators.required, positiveWan]),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200), notBlank],
    }),
  });

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .invoke(recordPreWorkSpending, {
        id: this.allocation().id,
        body: {
          date: dateToApi(value.date!),
          amount: yuanFromWan(value.amount!),
          description: value.description.trim(),
        },
      })
      .subscribe({
        next: (updated) => {
          this.saving.set(false);
          this.message.success(this.translate.instant('common.saved'));
          this.saved.emit(updated);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.problems.report(error, this.form);
        },
      });
  }
}
