import { StatisticsDto } from '../../../api/models/statistics-dto';
import { StatisticsProjectDto } from '../../../api/models/statistics-project-dto';

const SCOPE = '以年度重点项目计划为准；拟开工项目单独统计，不计入本比率；已竣工项目视为已开(复)工';

/**
 * A district-wide month: 新建 10 (6 started), 续建 12 (10 resumed) → 16/22; 拟开工 5 (2 started); 7,210 of 10,000
 * 万元 done at month 10 (83.33% of the year); 同比 +12.34% from last year's reports.
 */
export const statisticsDto = (
  year: number,
  month: number,
  overrides: Partial<StatisticsDto> = {},
): StatisticsDto => ({
  year,
  month,
  planProjectCount: 27,
  newCount: 10,
  newStartedCount: 6,
  continuingCount: 12,
  continuingResumedCount: 10,
  plannedCount: 5,
  plannedStartedCount: 2,
  startRate: 0.6,
  resumeRate: 0.8333,
  startOrResumeRate: 0.7273,
  investmentCompleted: 72_100_000,
  investmentCompletedLastYearSamePeriod: 64_180_000,
  yoyGrowth: 0.1234,
  lastYearSource: 'reports',
  annualPlanInvestment: 100_000_000,
  planCompletionRate: 0.721,
  timeElapsedRate: 0.8333,
  notStartedOrResumedCount: 6,
  startedNotInStatisticsCount: 3,
  byType: [
    {
      type: 'New',
      count: 10,
      startedCount: 6,
      plannedInvestment: 40_000_000,
      investmentCompleted: 25_000_000,
    },
    {
      type: 'Continuing',
      count: 12,
      startedCount: 10,
      plannedInvestment: 50_000_000,
      investmentCompleted: 45_000_000,
    },
    {
      type: 'ToStart',
      count: 5,
      startedCount: 2,
      plannedInvestment: 10_000_000,
      investmentCompleted: 2_100_000,
    },
  ],
  bySector: [
    {
      sectorCode: 'Industry',
      count: 15,
      startedCount: 11,
      plannedInvestment: 60_000_000,
      investmentCompleted: 50_000_000,
    },
    {
      sectorCode: 'Transport',
      count: 12,
      startedCount: 7,
      plannedInvestment: 40_000_000,
      investmentCompleted: 22_100_000,
    },
  ],
  targets: [
    {
      kind: 'AnnualInvestment',
      month: 12,
      target: 100_000_000,
      actual: 72_100_000,
      gap: 27_900_000,
      due: false,
    },
    { kind: 'NewStarted', month: 6, target: 80, actual: 60, gap: 20, due: true },
  ],
  definitions: [
    {
      code: 'StartOrResumeRate',
      name: '开复工率',
      numerator: '新建项目已开工数 + 续建项目已复工数',
      denominator: '新建项目数 + 续建项目数',
      scope: SCOPE,
      version: 1,
    },
    {
      code: 'StartRate',
      name: '开工率',
      numerator: '新建项目已开工数',
      denominator: '新建项目数',
      scope: SCOPE,
      version: 1,
    },
    {
      code: 'ResumeRate',
      name: '复工率',
      numerator: '续建项目已复工数',
      denominator: '续建项目数',
      scope: SCOPE,
      version: 2,
    },
  ],
  ...overrides,
});

/** A 新建 project behind a figure: started, not in statistics, with a problem. */
export const statisticsProject = (
  overrides: Partial<StatisticsProjectDto> = {},
): StatisticsProjectDto => ({
  projectId: 'p1',
  name: '新平大道东延段',
  code: '2025-630203-48-01-000001',
  type: 'New',
  sectorCode: 'Transport',
  responsibleUnit: '区住建局',
  plannedInvestment: 120_000_000,
  investmentCompleted: 45_000_000,
  status: 'Started',
  actualStartDate: '2026-03-10',
  inStatistics: false,
  problemCategoryCode: 'Land',
  problem: '征地拆迁滞后',
  ...overrides,
});
