import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** The years the 前期工作经费 page offers: the current year first, then the 5 before it. */
export function fundsYears(today = new Date()): number[] {
  const year = today.getFullYear();
  return Array.from({ length: 6 }, (_, i) => year - i);
}

/** A picked day (local time) → 'YYYY-MM-DD' for the API. */
export function dateToApi(value: Date): string {
  const month = String(value.getMonth() + 1).padStart(2, '0');
  const day = String(value.getDate()).padStart(2, '0');
  return `${value.getFullYear()}-${month}-${day}`;
}

/** True when the day of `value` is after today's (the time of day is ignored). */
export function isFutureDay(value: Date, today = new Date()): boolean {
  return dateToApi(value) > dateToApi(today);
}

/** A date control whose day may not be after today: `{ futureDate: true }`. */
export const notInFuture: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  control.value instanceof Date && isFutureDay(control.value) ? { futureDate: true } : null;
