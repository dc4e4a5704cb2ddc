import { wanFromYuan, yuanFromWan } from '../../../shared/money';
import {
  allowedStatuses,
  completionRate,
  exceedsPlan,
  formatPercent,
  hasStarted,
  isFutureMonth,
  parseReportMonth,
  previousMonth,
  progressExportFileName,
  progressYears,
} from './progress-model';

describe('progress-model', () => {
  it('defaults to the month just ended in Asia/Shanghai', () => {
    expect(previousMonth(new Date('2026-04-15T04:00:00Z'))).toEqual({ year: 2026, month: 3 });
    // 2026-03-31T16:00Z is already 1 April in Shanghai
    expect(previousMonth(new Date('2026-03-31T16:00:00Z'))).toEqual({ year: 2026, month: 3 });
    expect(previousMonth(new Date('2026-03-31T15:59:59Z'))).toEqual({ year: 2026, month: 2 });
  });

  it('goes back to December of last year in January', () => {
    expect(previousMonth(new Date('2026-01-10T04:00:00Z'))).toEqual({ year: 2025, month: 12 });
    // New Year's Eve 16:00 UTC is already January in Shanghai
    expect(previousMonth(new Date('2025-12-31T16:00:00Z'))).toEqual({ year: 2025, month: 12 });
  });

  it('reads only plausible months from ?year=&month=', () => {
    expect(parseReportMonth('2026', '3')).toEqual({ year: 2026, month: 3 });
    expect(parseReportMonth('2026', '13')).toBeNull();
    expect(parseReportMonth('2026', '0')).toBeNull();
    expect(parseReportMonth('26', '3')).toBeNull();
    expect(parseReportMonth('2026', null)).toBeNull();
    expect(parseReportMonth(null, '3')).toBeNull();
  });

  it('offers this year and the 5 before it, and knows which months have not begun', () => {
    expect(progressYears(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    const now = new Date('2026-04-15T04:00:00Z');
    expect(isFutureMonth(2026, 4, now)).toBe(false);
    expect(isFutureMonth(2026, 5, now)).toBe(true);
    expect(isFutureMonth(2027, 1, now)).toBe(true);
    expect(isFutureMonth(2025, 12, now)).toBe(false);
  });

  it('allows 已开工/未开工/已竣工 for 新建 and 拟开工, and 已复工/未复工/已竣工 for 续建', () => {
    expect(allowedStatuses('New')).toEqual(['Started', 'NotStarted', 'Completed']);
    expect(allowedStatuses('ToStart')).toEqual(['Started', 'NotStarted', 'Completed']);
    expect(allowedStatuses('Continuing')).toEqual(['Resumed', 'NotResumed', 'Completed']);
    expect(allowedStatuses(null)).toEqual([]);
  });

  it('counts 已开工, 已复工 and 已竣工 as started', () => {
    expect(['Started', 'Resumed', 'Completed'].every((s) => hasStarted(s as never))).toBe(true);
    expect(hasStarted('NotStarted')).toBe(false);
    expect(hasStarted('NotResumed')).toBe(false);
    expect(hasStarted(null)).toBe(false);
  });

  it('shows rates as percents with one decimal', () => {
    expect(formatPercent(0.4321)).toBe('43.2%');
    expect(formatPercent(1.0456)).toBe('104.6%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(null)).toBe('');
    expect(completionRate(30_000_000, 120_000_000)).toBe(0.25);
    expect(completionRate(1, 0)).toBeNull();
  });

  it('flags a cumulative above the plan, compared in fen', () => {
    expect(exceedsPlan(120_000_000.01, 120_000_000)).toBe(true);
    expect(exceedsPlan(120_000_000, 120_000_000)).toBe(false);
    expect(exceedsPlan(0.1 + 0.2, 0.3)).toBe(false);
  });

  it('converts the 万元 typed on screen to the yuan the API takes, and back', () => {
    expect(yuanFromWan(1_500.25)).toBe(15_002_500);
    expect(yuanFromWan(0.01)).toBe(100);
    expect(wanFromYuan(15_002_500)).toBe(1_500.25);
  });

  it('names the export after the month', () => {
    expect(progressExportFileName({ year: 2026, month: 3 })).toBe('2026年3月项目月度进展表.xlsx');
  });
});
