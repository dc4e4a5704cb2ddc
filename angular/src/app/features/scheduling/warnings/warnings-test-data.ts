import { WarningDto } from '../../../api/models/warning-dto';
import { WarningEvaluationDto } from '../../../api/models/warning-evaluation-dto';
import { WarningEventDto } from '../../../api/models/warning-event-dto';
import { WarningRuleDto } from '../../../api/models/warning-rule-dto';
import { WarningSummaryDto } from '../../../api/models/warning-summary-dto';

/** A red 开工 warning open since March of `year`, for the warnings specs. */
export const warningDto = (year: number, overrides: Partial<WarningDto> = {}): WarningDto => ({
  id: 'w1',
  projectId: 'p1',
  projectName: '新平大道东延段',
  projectCode: '2025-630203-48-01-000001',
  responsibleUnit: '区住建局',
  year,
  rule: 'Start',
  ruleName: '开工预警',
  thresholds: '≥0 个月为黄色，>3 个月为红色',
  level: 'Red',
  status: 'Open',
  measure: 4,
  unit: '个月',
  threshold: 3,
  data: '计划 3 月开工，截至 7 月仍未开工，已滞后 4 个月',
  ruleVersion: 2,
  sinceMonth: 3,
  sinceUtc: `${year}-04-01T18:00:00Z`,
  evaluatedMonth: 7,
  exemption: 'None',
  exemptionReason: null,
  exemptionRequestedBy: null,
  exemptionDecidedBy: null,
  exemptionComment: null,
  concurrencyStamp: 'stamp-w1',
  ...overrides,
});

export const warningEvent = (
  year: number,
  overrides: Partial<WarningEventDto> = {},
): WarningEventDto => ({
  kind: 'Raised',
  level: 'Yellow',
  measure: 0,
  text: '计划 3 月开工，截至 3 月仍未开工',
  year,
  month: 3,
  atUtc: `${year}-04-01T18:00:00Z`,
  by: null,
  ...overrides,
});

export const evaluationDto = (
  year: number,
  overrides: Partial<WarningEvaluationDto> = {},
): WarningEvaluationDto => ({
  id: 'e1',
  year,
  month: 7,
  trigger: 'Nightly',
  by: null,
  startedAtUtc: `${year}-08-01T18:00:00Z`,
  durationMilliseconds: 420,
  projectCount: 36,
  raised: 3,
  escalated: 1,
  reduced: 2,
  resolved: 4,
  openRed: 5,
  openYellow: 8,
  ...overrides,
});

export const summaryDto = (
  year: number,
  overrides: Partial<WarningSummaryDto> = {},
): WarningSummaryDto => ({
  year,
  red: 5,
  yellow: 8,
  exempted: 2,
  exemptionsPending: 1,
  byRule: [
    { rule: 'Start', name: '开工预警', red: 3, yellow: 2 },
    { rule: 'Progress', name: '进度预警', red: 2, yellow: 6 },
    { rule: 'Statistics', name: '入库预警', red: 0, yellow: 0 },
    { rule: 'PreProcedures', name: '前期手续预警', red: 0, yellow: 0 },
  ],
  latestEvaluation: evaluationDto(year),
  ...overrides,
});

export const ruleDto = (overrides: Partial<WarningRuleDto> = {}): WarningRuleDto => ({
  code: 'Start',
  name: '开工预警',
  measure: '计划开(复)工月份结束后仍未开(复)工的月数',
  unit: '个月',
  yellowThreshold: 0,
  redThreshold: 3,
  thresholds: '≥0 个月为黄色，>3 个月为红色',
  enabled: true,
  hasDataSource: true,
  version: 1,
  changedAtUtc: '2026-01-01T00:00:00Z',
  concurrencyStamp: 'stamp-Start',
  ...overrides,
});
