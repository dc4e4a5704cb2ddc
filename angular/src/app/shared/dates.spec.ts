import { dayFromApi, dayToApi, shanghaiDay, shanghaiToday, shanghaiYear } from './dates';

describe('dates', () => {
  it('takes the calendar day in Asia/Shanghai, which turns 8 hours before UTC', () => {
    expect(shanghaiDay(new Date('2025-12-31T15:59:59Z'))).toEqual({
      year: 2025,
      month: 12,
      day: 31,
    });
    expect(shanghaiDay(new Date('2025-12-31T16:00:00Z'))).toEqual({ year: 2026, month: 1, day: 1 });
    expect(shanghaiYear(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
    expect(shanghaiToday(new Date('2026-03-09T17:00:00Z'))).toEqual(new Date(2026, 2, 10));
  });

  it('reads and writes API days as local calendar days', () => {
    expect(dayFromApi('2026-03-15')).toEqual(new Date(2026, 2, 15));
    expect(dayFromApi(null)).toBeNull();
    expect(dayToApi(new Date(2026, 2, 5, 23, 30))).toBe('2026-03-05');
    expect(dayToApi(null)).toBeNull();
  });
});
