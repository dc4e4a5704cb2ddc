import zh from '../../../../../public/i18n/zh-CN.json';
import { StatisticsTrendDto } from '../../../api/models/statistics-trend-dto';
import { WarningSummaryDto } from '../../../api/models/warning-summary-dto';
import { Translate } from './dashboard-model';

/** `instant` over the real Chinese texts, so the specs see the labels users see. */
export const zhTranslate: Translate = (key, params) => {
  const text = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zh);
  return typeof text === 'string'
    ? text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params?.[name]))
    : key;
};

/**
 * January to March of `year` reported (April's row is past `throughMonth` and must not show):
 * - 累计完成 12,345,678 / 30,000,050 / 45,600,000 元 → 1,234.57 / 3,000.01 / 4,560 万元;
 * - 上年同期 10,000,000 / — / 40,000,000 元 → 1,000 / null / 4,000 万元;
 * - 开复工率 0.5 / — / 0.7273, 开工率 0.4 / — / 0.6, 复工率 0.5556 / — / 0.8333;
 * - plan 100,000,000 元 (10,000 万元); targets 年度投资 by June 50,000,000 元, 新建开工 80% by June,
 *   续建复工 90% by March, 拟开工开工 50% by September.
 */
export const trendDto = (
  year: number,
  overrides: Partial<StatisticsTrendDto> = {},
): StatisticsTrendDto => ({
  year,
  throughMonth: 3,
  annualPlanInvestment: 100_000_000,
  months: [
    {
      month: 1,
      investmentCompleted: 12_345_678,
      lastYearCumulative: 10_000_000,
      startOrResumeRate: 0.5,
      startRate: 0.4,
      resumeRate: 0.5556,
    },
    {
      month: 2,
      investmentCompleted: 30_000_050,
      lastYearCumulative: null,
      startOrResumeRate: null,
      startRate: null,
      resumeRate: null,
    },
    {
      month: 3,
      investmentCompleted: 45_600_000,
      lastYearCumulative: 40_000_000,
      startOrResumeRate: 0.7273,
      startRate: 0.6,
      resumeRate: 0.8333,
    },
    {
      month: 4,
      investmentCompleted: 99_000_000,
      lastYearCumulative: 50_000_000,
      startOrResumeRate: 0.9,
      startRate: 0.9,
      resumeRate: 0.9,
    },
  ],
  targets: [
    { kind: 'AnnualInvestment', month: 6, target: 50_000_000, actual: null, gap: null, due: false },
    { kind: 'NewStarted', month: 6, target: 80, actual: null, gap: null, due: false },
    { kind: 'ContinuingResumed', month: 3, target: 90, actual: 83.33, gap: 6.67, due: true },
    { kind: 'ToStartStarted', month: 9, target: 50, actual: null, gap: null, due: false },
  ],
  ...overrides,
});

/** 开工预警 红 3 黄 5, 进度预警 红 1 黄 0. */
export const warningSummaryDto = (
  year: number,
  overrides: Partial<WarningSummaryDto> = {},
): WarningSummaryDto => ({
  year,
  red: 4,
  yellow: 5,
  exempted: 1,
  exemptionsPending: 2,
  byRule: [
    { rule: 'Start', name: '开工预警', red: 3, yellow: 5 },
    { rule: 'Progress', name: '进度预警', red: 1, yellow: 0 },
  ],
  latestEvaluation: null,
  ...overrides,
});
