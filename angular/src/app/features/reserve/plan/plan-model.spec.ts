import { PlanMilestoneDto } from '../../../api/models/plan-milestone-dto';
import {
  dayFromApi,
  errorWorkbookFileName,
  hasLateMilestone,
  nextMilestone,
  parsePlanYear,
  planYears,
  requiresStartMonth,
  shanghaiYear,
  sortTargets,
  targetSentence,
} from './plan-model';

const milestone = (
  kind: PlanMilestoneDto['kind'],
  plannedDate: string,
  actualDate: string | null = null,
  isLate = false,
): PlanMilestoneDto => ({ kind, plannedDate, proposedDate: null, actualDate, isLate });

describe('plan-model', () => {
  it('takes the year in Asia/Shanghai, which turns 8 hours before UTC', () => {
    expect(shanghaiYear(new Date('2025-12-31T15:59:59Z'))).toBe(2025);
    expect(shanghaiYear(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
  });

  it('offers next year first, then this year and the 5 before it', () => {
    expect(planYears(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('reads only plausible years from ?year=', () => {
    expect(parsePlanYear('2025')).toBe(2025);
    expect(parsePlanYear('abc')).toBeNull();
    expect(parsePlanYear('25')).toBeNull();
    expect(parsePlanYear(null)).toBeNull();
  });

  it('says each target as a sentence, the annual investment in 万元', () => {
    expect(targetSentence({ kind: 'ContinuingResumed', month: 3, value: 100 })).toEqual({
      key: 'reserve.plan.targetSentences.ContinuingResumed',
      params: { month: 3, value: '100' },
    });
    expect(targetSentence({ kind: 'NewStarted', month: 6, value: 80.5 }).params.value).toBe('80.5');
    expect(
      targetSentence({ kind: 'AnnualInvestment', month: 12, value: 1_200_000_000 }).params,
    ).toEqual({ month: 12, value: '120,000' });
  });

  it('orders targets 续建 → 新建 → 拟开工 → 年度投资', () => {
    const sorted = sortTargets([
      { kind: 'AnnualInvestment', month: 12, value: 1 },
      { kind: 'ToStartStarted', month: 9, value: 50 },
      { kind: 'ContinuingResumed', month: 3, value: 100 },
    ]);
    expect(sorted.map((t) => t.kind)).toEqual([
      'ContinuingResumed',
      'ToStartStarted',
      'AnnualInvestment',
    ]);
  });

  it('needs a start month for 新建 and 拟开工 only', () => {
    expect(requiresStartMonth('New')).toBe(true);
    expect(requiresStartMonth('ToStart')).toBe(true);
    expect(requiresStartMonth('Continuing')).toBe(false);
  });

  it('finds the next unreached milestone in milestone order and any late one', () => {
    const milestones = [
      milestone('Completion', '2026-12-31'),
      milestone('PreWorkDone', '2026-02-01', '2026-01-20'),
      milestone('Start', '2026-03-01', null, true),
    ];
    expect(nextMilestone(milestones)?.kind).toBe('Start');
    expect(hasLateMilestone(milestones)).toBe(true);
    expect(nextMilestone([milestone('Start', '2026-03-01', '2026-03-02')])).toBeNull();
    expect(nextMilestone([])).toBeNull();
    expect(hasLateMilestone([milestone('Start', '2026-03-01')])).toBe(false);
  });

  it('reads API days as local dates and names the marked workbook after the upload', () => {
    expect(dayFromApi('2026-03-15')).toEqual(new Date(2026, 2, 15));
    expect(dayFromApi(null)).toBeNull();
    expect(errorWorkbookFileName('2026计划.xlsx')).toBe('2026计划-错误标注.xlsx');
  });
});
