import { MonthlyReportDto } from '../../../api/models/monthly-report-dto';
import { ProjectProgressDto } from '../../../api/models/project-progress-dto';

/** A 新建 plan project's progress in `year` with nothing reported yet, for the progress specs. */
export const projectProgress = (
  year: number,
  overrides: Partial<ProjectProgressDto> = {},
): ProjectProgressDto => ({
  projectId: 'p1',
  name: '新平大道东延段',
  code: '2025-630203-48-01-000001',
  type: 'New',
  plannedInvestment: 120_000_000,
  plannedStartMonth: `${year}-03-01`,
  responsibleUnit: '区住建局',
  report: null,
  cumulativeBefore: 30_000_000,
  cumulativeThisYear: 30_000_000,
  completionRate: 0.25,
  latestStatus: 'Started',
  ...overrides,
});

/** A month's report: 1,500 万元, 已开工 on the 10th of March. */
export const monthlyReport = (
  year: number,
  overrides: Partial<MonthlyReportDto> = {},
): MonthlyReportDto => ({
  investmentThisMonth: 15_000_000,
  status: 'Started',
  actualStartDate: `${year}-03-10`,
  progress: '基础施工',
  inStatistics: true,
  problem: '征地拆迁滞后',
  problemCategoryCode: 'Land',
  reportedAt: `${year}-04-03T02:30:00Z`,
  concurrencyStamp: 'stamp-r1',
  ...overrides,
});
