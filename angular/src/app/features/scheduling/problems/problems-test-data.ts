import { ProblemDto } from '../../../api/models/problem-dto';
import { ProblemEventDto } from '../../../api/models/problem-event-dto';
import { ProblemSummaryDto } from '../../../api/models/problem-summary-dto';

/** A demolition problem on 新平大道东延段 assigned to 区自然资源局, for the problems specs. */
export const problemDto = (year: number, overrides: Partial<ProblemDto> = {}): ProblemDto => ({
  id: 'pb1',
  projectId: 'p1',
  projectName: '新平大道东延段',
  year,
  categoryCode: 'DEMOLITION',
  categoryName: '拆迁未完成',
  description: '沿线 23 户房屋征收未完成',
  assignedDepartmentId: 'd-nrb',
  assignedDepartmentName: '区自然资源局',
  deadline: `${year}-06-30`,
  status: 'Assigned',
  overdue: false,
  escalated: false,
  escalationLevel: 'None',
  resolution: null,
  evidence: null,
  resolvedAtUtc: null,
  sourceWarningId: null,
  createdBy: '重点办演示用户',
  createdAtUtc: `${year}-06-01T02:00:00Z`,
  concurrencyStamp: 'stamp-pb1',
  ...overrides,
});

export const problemEvent = (
  year: number,
  overrides: Partial<ProblemEventDto> = {},
): ProblemEventDto => ({
  kind: 'Assigned',
  status: 'Assigned',
  escalationLevel: 'None',
  text: `交办区自然资源局，限${year}-06-30前办结`,
  atUtc: `${year}-06-01T02:00:00Z`,
  by: '重点办演示用户',
  ...overrides,
});

export const problemSummary = (
  year: number,
  overrides: Partial<ProblemSummaryDto> = {},
): ProblemSummaryDto => ({
  year,
  total: 4,
  assigned: 2,
  inProgress: 1,
  resolved: 1,
  overdue: 1,
  escalatedToOffice: 1,
  escalatedToLeaders: 0,
  byCategory: [
    { code: 'DEMOLITION', name: '拆迁未完成', unresolved: 2, total: 2 },
    { code: 'FUNDING', name: '资金未落实', unresolved: 1, total: 2 },
  ],
  ...overrides,
});
