import { FormControl } from '@angular/forms';
import { dateToApi, fundsYears, isFutureDay, notInFuture } from './pre-work-funds-model';

describe('pre-work-funds-model', () => {
  it('offers the current year and the 5 before it', () => {
    expect(fundsYears(new Date(2025, 2, 1))).toEqual([2025, 2024, 2023, 2022, 2021, 2020]);
  });

  it('formats a local day as YYYY-MM-DD', () => {
    expect(dateToApi(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it('treats only days after today as future', () => {
    const today = new Date(2025, 5, 10, 8);
    expect(isFutureDay(new Date(2025, 5, 10, 23), today)).toBe(false);
    expect(isFutureDay(new Date(2025, 5, 11, 0), today)).toBe(true);
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(new FormControl(tomorrow, notInFuture).errors).toEqual({ futureDate: true });
    expect(new FormControl(new Date(), notInFuture).errors).toBeNull();
  });
});
