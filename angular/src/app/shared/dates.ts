/** Times are shown in Asia/Shanghai (UTC+8, no daylight saving). */
export const SHANGHAI_TIME_ZONE = '+0800';

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day in Asia/Shanghai at `now` (month 1–12). */
export function shanghaiDay(now = new Date()): { year: number; month: number; day: number } {
  const shifted = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** The calendar year in Asia/Shanghai at `now`. */
export function shanghaiYear(now = new Date()): number {
  return shanghaiDay(now).year;
}

/** 'YYYY-MM-DD' (API date) → that day as a local Date, for a date picker. */
export function dayFromApi(value: string | null | undefined): Date | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/** A picked day → 'YYYY-MM-DD' (the picker's local calendar day, whatever its time of day). */
export function dayToApi(value: Date | null | undefined): string | null {
  if (!value) {
    return null;
  }
  const month = String(value.getMonth() + 1).padStart(2, '0');
  const day = String(value.getDate()).padStart(2, '0');
  return `${value.getFullYear()}-${month}-${day}`;
}

/** Today in Asia/Shanghai as a local Date at midnight, for date pickers and their limits. */
export function shanghaiToday(now = new Date()): Date {
  const today = shanghaiDay(now);
  return new Date(today.year, today.month - 1, today.day);
}
