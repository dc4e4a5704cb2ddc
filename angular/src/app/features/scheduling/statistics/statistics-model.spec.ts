import {
  formatRate,
  fraction,
  lastYearNote,
  rateCards,
  scheduleText,
  sortByType,
  statisticsMonth,
  targetLine,
  targetLines,
  yoyGrowth,
} from './statistics-model';
import { statisticsDto } from './statistics-test-data';

describe('statistics-model', () => {
  it('defaults to the month just ended in Asia/Shanghai, unless ?year=&month= names one', () => {
    const now = new Date('2026-04-15T04:00:00Z');
    expect(statisticsMonth(null, null, now)).toEqual({ year: 2026, month: 3 });
    // 2026-03-31T16:00Z is already 1 April in Shanghai
    expect(statisticsMonth(null, null, new Date('2026-03-31T16:00:00Z'))).toEqual({
      year: 2026,
      month: 3,
    });
    expect(statisticsMonth(null, null, new Date('2026-01-10T04:00:00Z'))).toEqual({
      year: 2025,
      month: 12,
    });
    expect(statisticsMonth('2025', '6', now)).toEqual({ year: 2025, month: 6 });
    expect(statisticsMonth('2025', '13', now)).toEqual({ year: 2026, month: 3 });
  });

  it('shows rates as percents with two decimals', () => {
    expect(formatRate(0.6667)).toBe('66.67%');
    expect(formatRate(1)).toBe('100.00%');
    expect(formatRate(0)).toBe('0.00%');
    expect(formatRate(0.12345)).toBe('12.35%');
    expect(formatRate(null)).toBe('');
    expect(formatRate(undefined)).toBe('');
    expect(fraction(2, 3)).toBe(0.6667);
    expect(fraction(1, 0)).toBeNull();
  });

  it('signs and colours 同比: green up, red down, "—" when unknown', () => {
    expect(yoyGrowth(0.1234)).toEqual({ text: '+12.34%', tone: 'up' });
    expect(yoyGrowth(-0.0567)).toEqual({ text: '−5.67%', tone: 'down' });
    expect(yoyGrowth(0)).toEqual({ text: '0.00%', tone: 'flat' });
    expect(yoyGrowth(null)).toEqual({ text: '—', tone: 'unknown' });
    expect(lastYearNote('reports')).toBe('scheduling.statistics.lastYearSource.reports');
    expect(lastYearNote('entered')).toBe('scheduling.statistics.lastYearSource.entered');
    expect(lastYearNote(null)).toBe('scheduling.statistics.lastYearSource.unknown');
  });

  it('says how far completion is behind or ahead of time elapsed, in percentage points', () => {
    expect(scheduleText(0.721, 0.8333)).toEqual({
      key: 'scheduling.statistics.schedule.behind',
      params: { elapsed: '83.33%', completed: '72.10%', points: '11.23' },
      tone: 'behind',
    });
    expect(scheduleText(0.6, 0.5)).toEqual({
      key: 'scheduling.statistics.schedule.ahead',
      params: { elapsed: '50.00%', completed: '60.00%', points: '10.00' },
      tone: 'ahead',
    });
    expect(scheduleText(0.5, 0.5).tone).toBe('even');
    // no float residue: 0.5833 − 0.5832 is exactly 0.01 point
    expect(scheduleText(0.5832, 0.5833).params!['points']).toBe('0.01');
    expect(scheduleText(null, 0.25)).toEqual({
      key: 'scheduling.statistics.schedule.noPlan',
      params: { elapsed: '25.00%' },
      tone: 'unknown',
    });
  });

  it('builds the three rate cards with their counts, figures and definitions', () => {
    const cards = rateCards(statisticsDto(2026, 10));
    expect(cards.map((card) => [card.code, card.rate, card.numerator, card.denominator])).toEqual([
      ['StartOrResumeRate', '72.73%', 16, 22],
      ['StartRate', '60.00%', 6, 10],
      ['ResumeRate', '83.33%', 10, 12],
    ]);
    expect(cards.map((card) => [card.numeratorFigure, card.denominatorFigure])).toEqual([
      ['StartedOrResumed', 'NewOrContinuing'],
      ['NewStarted', 'New'],
      ['ContinuingResumed', 'Continuing'],
    ]);
    expect(cards[2].definition!.version).toBe(2);
    expect(rateCards(statisticsDto(2026, 10, { definitions: [] }))[0].definition).toBeNull();
  });

  it('orders type rows 续建, 新建, 拟开工', () => {
    expect(sortByType(statisticsDto(2026, 10).byType).map((row) => row.type)).toEqual([
      'Continuing',
      'New',
      'ToStart',
    ]);
  });

  it('words targets as the plan does, with the actual and the gap in points or 万元', () => {
    const rate = targetLine({
      kind: 'NewStarted',
      month: 6,
      target: 80,
      actual: 62.5,
      gap: 17.5,
      due: true,
    });
    expect(rate.sentence).toEqual({
      key: 'scheduling.statistics.targetSentences.NewStarted',
      params: { month: 6, value: '80' },
    });
    expect(rate.actual).toBe('62.50%');
    expect(rate.gap).toEqual({
      key: 'scheduling.statistics.gap.behindPoints',
      params: { value: '17.50' },
    });
    expect(rate.behind).toBe(true);

    const amount = targetLine({
      kind: 'AnnualInvestment',
      month: 12,
      target: 1_200_000_000,
      actual: 1_250_000_000,
      gap: -50_000_000,
      due: false,
    });
    expect(amount.sentence.params).toEqual({ month: 12, value: '120,000' });
    expect(amount.actual).toBe('125,000.00');
    expect(amount.gap).toEqual({
      key: 'scheduling.statistics.gap.aheadWan',
      params: { value: '5,000.00' },
    });
    expect(amount.behind).toBe(false);

    const unknown = targetLine({
      kind: 'ContinuingResumed',
      month: 3,
      target: 90,
      actual: null,
      gap: null,
      due: true,
    });
    expect(unknown.actual).toBe('');
    expect(unknown.gap.key).toBe('scheduling.statistics.gap.unknown');
    expect(targetLine({ ...unknown.target, actual: 90, gap: 0 }).gap.key).toBe(
      'scheduling.statistics.gap.reached',
    );
  });

  it('lists targets in the plan order of kinds', () => {
    expect(targetLines(statisticsDto(2026, 10).targets).map((line) => line.target.kind)).toEqual([
      'NewStarted',
      'AnnualInvestment',
    ]);
  });
});
