import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Api } from '../../../api/api';
import { setPreWorkBudget } from '../../../api/fn/reserve/set-pre-work-budget';
import { PreWorkFundsDto } from '../../../api/models/pre-work-funds-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { wanFromYuan, yuanFromWan } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';

/** 设置预算 modal: the year's 前期工作经费 budget in 万元 (sent in yuan with the concurrency stamp). */
@Component({
  selector: 'app-pre-work-budget-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'reserve.preWorkFunds.setBudget' | translate"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <form
        *nzModalContent
        nz-form
        nzLayout="vertical"
        [formGroup]="form"
        data-testid="funds-budget-dialog"
      >
        <ng-template #errorTip let-control>
          @if (control.errors?.['min']) {
            {{ 'reserve.preWorkFunds.nonNegative' | translate }}
          } @else {
            <app-control-error [errors]="control.errors" />
          }
        </ng-template>
        <nz-form-item>
          <nz-form-label nzRequired>{{
            'reserve.preWorkFunds.budgetWan' | translate
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <nz-input-number
              formControlName="budget"
              [nzMin]="0"
              [nzPrecision]="2"
              style="width: 100%"
              data-testid="funds-budget-input"
            />
          </nz-form-control>
        </nz-form-item>
      </form>
      <ng-template #footer>
        <button nz-button (click)="closed.emit()">{{ 'common.cancel' | translate }}</button>
        <button
          nz-button
          nzType="primary"
          data-testid="funds-budget-submit"
          [nzLoading]="saving()"
          (click)="submit()"
        >
          {{ 'common.save' | translate }}
        </button>
      </ng-template>
    </nz-modal>
  `,
})
export class BudgetDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly funds = input.required<PreWorkFundsDto>();
  readonly closed = output<void>();
  /** The updated funds, or null after a stale-edit conflict (reload). */
  readonly saved = output<PreWorkFundsDto | null>();

  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({
    budget: new FormControl<number | null>(null, [Validators.required, Validators.min(0)]),
  });

  ngOnInit(): void {
    this.form.setValue({ budget: wanFromYuan(this.funds().budget) });
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const funds = this.funds();
    this.problems.save(
      this.api.invoke(setPreWorkBudget, {
        year: funds.year,
        body: {
          budget: yuanFromWan(this.form.getRawValue().budget!),
          concurrencyStamp: funds.concurrencyStamp,
        },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (updated) => this.saved.emit(updated),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
