import {
  AbstractControl,
  FormArray,
  FormControl,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { HistoricalMonthDto } from '../../../api/models/historical-month-dto';
import { SaveHistoricalInvestmentRequest } from '../../../api/models/save-historical-investment-request';
import { wanFromYuan, yuanFromWan } from '../../../shared/money';

/** 12 cumulative amounts in 万元 (January first); an empty month is not recorded. */
export type HistoryForm = FormArray<FormControl<number | null>>;

export const HISTORY_MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The months whose cumulative falls below an earlier filled month's (the server refuses them). Compared in fen, so
 * 万元 typed with two decimals compare exactly.
 */
export function fallingMonths(values: readonly (number | null | undefined)[]): number[] {
  const falling: number[] = [];
  let highest: number | null = null;
  values.forEach((value, index) => {
    if (value === null || value === undefined) {
      return;
    }
    const fen = Math.round(yuanFromWan(value) * 100);
    if (highest !== null && fen < highest) {
      falling.push(index + 1);
    } else {
      highest = fen;
    }
  });
  return falling;
}

/** The array's rule: a cumulative never falls from one month to a later one. */
export function neverFalls(control: AbstractControl): ValidationErrors | null {
  const falling = fallingMonths((control as HistoryForm).getRawValue());
  return falling.length ? { falling } : null;
}

/** The form: each month's recorded cumulative (yuan → 万元), empty where nothing is recorded. */
export function createHistoryForm(recorded: readonly HistoricalMonthDto[] = []): HistoryForm {
  const byMonth = new Map(recorded.map((item) => [item.month, item.cumulativeInvestment]));
  return new FormArray(
    HISTORY_MONTHS.map((month) => {
      const yuan = byMonth.get(month);
      return new FormControl<number | null>(yuan === undefined ? null : wanFromYuan(yuan), [
        Validators.min(0),
      ]);
    }),
    { validators: neverFalls },
  );
}

/** The filled months as the API takes them (万元 → yuan); the empty ones are left out (and so cleared). */
export function historyRequest(form: HistoryForm): SaveHistoricalInvestmentRequest {
  return {
    months: form
      .getRawValue()
      .flatMap((value, index) =>
        value === null || value === undefined
          ? []
          : [{ month: index + 1, cumulativeInvestment: yuanFromWan(value) }],
      ),
  };
}
