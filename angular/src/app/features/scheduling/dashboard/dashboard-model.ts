import type { EChartsOption } from 'echarts';
import { PlanTargetKind } from '../../../api/models/plan-target-kind';
import { ProblemCategoryDto } from '../../../api/models/problem-category-dto';
import { SectorDto } from '../../../api/models/sector-dto';
import { SectorFiguresDto } from '../../../api/models/sector-figures-dto';
import { StatisticsProjectDto } from '../../../api/models/statistics-project-dto';
import { StatisticsTrendDto } from '../../../api/models/statistics-trend-dto';
import { WarningLevel } from '../../../api/models/warning-level';
import { WarningRuleCountDto } from '../../../api/models/warning-rule-count-dto';
import { WARNING_LEVELS } from '../warnings/warnings-model';

/** Translates a key (ngx-translate's `instant`), so that the option builders stay pure and testable. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** What the page's click handlers read from an ECharts click event (ECElementEvent satisfies it). */
export interface ChartClick {
  componentType?: string;
  seriesIndex?: number;
  dataIndex?: number;
  data?: unknown;
}

/** The months of a year, 1–12: the x axis of the trend charts. */
export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Series colours: 完成 blue, 计划 grey, 上年 purple; red and yellow warnings as the warnings page tags them. */
export const CHART_COLORS = {
  completed: '#1677ff',
  plan: '#8c8c8c',
  lastYear: '#722ed1',
  startOrResume: '#1677ff',
  start: '#52c41a',
  resume: '#fa8c16',
  toStart: '#13c2c2',
  planned: '#91caff',
  red: '#f5222d',
  yellow: '#faad14',
  causes: '#fa541c',
} as const;

/** yuan → 万元 rounded to two decimals (the fen-exact 万元 the statistics page shows): 72_100_000 → 7210. */
export function wanValue(yuan: number | null | undefined): number | null {
  return yuan === null || yuan === undefined || Number.isNaN(yuan)
    ? null
    : Math.round(yuan / 100) / 100;
}

/** A rate (fraction) as a percent with two decimals: 0.7273 → 72.73; null when unknown. */
export function percentValue(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined || Number.isNaN(rate)
    ? null
    : Math.round(rate * 10_000) / 100;
}

/** One value per month 1–12: the trend's month when it is reported (through `throughMonth`), else null. */
export function monthSeries(
  trend: StatisticsTrendDto,
  value: (month: StatisticsTrendDto['months'][number]) => number | null,
): (number | null)[] {
  const byMonth = new Map(trend.months.map((month) => [month.month, month]));
  return MONTHS.map((m) => {
    const month = byMonth.get(m);
    return month && m <= trend.throughMonth ? value(month) : null;
  });
}

const monthAxis = (t: Translate) => ({
  type: 'category' as const,
  data: MONTHS.map((month) => t('scheduling.monthOption', { month })),
});

/** A target drawn at its month: the point carries the month, so a click on it opens that month. */
export interface TargetPoint {
  name: string;
  coord: [number, number];
  value: number;
  month: number;
  itemStyle?: { color: string };
}

function targetPoint(name: string, month: number, value: number, color?: string): TargetPoint {
  return {
    name,
    coord: [month - 1, value],
    value,
    month,
    ...(color ? { itemStyle: { color } } : {}),
  };
}

/**
 * 累计完成投资 by month (bars, 万元) against 年度计划 (a flat dashed line at the plan) and 上年同期 (a line);
 * 年度投资 targets are pins on the bars at their month.
 */
export function investmentOption(trend: StatisticsTrendDto, t: Translate): EChartsOption {
  const plan = wanValue(trend.annualPlanInvestment) ?? 0;
  const targets = trend.targets
    .filter((target) => target.kind === 'AnnualInvestment')
    .map((target) =>
      targetPoint(
        t('scheduling.dashboard.targetAt', { month: target.month }),
        target.month,
        wanValue(target.target) ?? 0,
      ),
    );
  const completed = t('scheduling.dashboard.series.completed');
  const annualPlan = t('scheduling.dashboard.series.annualPlan');
  const lastYear = t('scheduling.dashboard.series.lastYear');
  return {
    color: [CHART_COLORS.completed, CHART_COLORS.plan, CHART_COLORS.lastYear],
    tooltip: { trigger: 'axis' },
    legend: { data: [completed, annualPlan, lastYear] },
    grid: { left: 16, right: 24, bottom: 8, top: 48, containLabel: true },
    xAxis: monthAxis(t),
    yAxis: { type: 'value', name: t('scheduling.statistics.wan') },
    series: [
      {
        name: completed,
        type: 'bar',
        data: monthSeries(trend, (month) => wanValue(month.investmentCompleted)),
        markPoint: { symbol: 'pin', data: targets },
      },
      {
        name: annualPlan,
        type: 'line',
        symbol: 'none',
        lineStyle: { type: 'dashed' },
        data: MONTHS.map(() => plan),
      },
      {
        name: lastYear,
        type: 'line',
        connectNulls: false,
        data: monthSeries(trend, (month) => wanValue(month.lastYearCumulative)),
      },
    ],
  };
}

/** The rate series of the rates chart, in order, with the target kind drawn on each. */
export const RATE_SERIES: {
  code: 'StartOrResumeRate' | 'StartRate' | 'ResumeRate';
  color: string;
  target: PlanTargetKind | null;
}[] = [
  { code: 'StartOrResumeRate', color: CHART_COLORS.startOrResume, target: null },
  { code: 'StartRate', color: CHART_COLORS.start, target: 'NewStarted' },
  { code: 'ResumeRate', color: CHART_COLORS.resume, target: 'ContinuingResumed' },
];

const RATE_FIELD = {
  StartOrResumeRate: 'startOrResumeRate',
  StartRate: 'startRate',
  ResumeRate: 'resumeRate',
} as const;

/**
 * 开复工率 / 开工率 / 复工率 by month (%); the plan's rate targets (percent) are pins at their month: 新建开工 on 开工率,
 * 续建复工 on 复工率, and 拟开工开工 (no monthly rate of its own) as a scatter series of its own.
 */
export function ratesOption(trend: StatisticsTrendDto, t: Translate): EChartsOption {
  const targets = (kind: PlanTargetKind) =>
    trend.targets
      .filter((target) => target.kind === kind)
      .map((target) =>
        targetPoint(
          t('scheduling.dashboard.targetAt', { month: target.month }),
          target.month,
          target.target,
        ),
      );
  const rateSeries = RATE_SERIES.map(({ code, color, target }) => ({
    name: t(`scheduling.statistics.rates.${code}`),
    type: 'line' as const,
    itemStyle: { color },
    data: monthSeries(trend, (month) => percentValue(month[RATE_FIELD[code]])),
    ...(target ? { markPoint: { symbol: 'pin', data: targets(target) } } : {}),
  }));
  const toStart = trend.targets
    .filter((target) => target.kind === 'ToStartStarted')
    .map((target) => ({ value: [target.month - 1, target.target], month: target.month }));
  const series: NonNullable<EChartsOption['series']> = [...rateSeries];
  if (toStart.length) {
    series.push({
      name: t('scheduling.dashboard.series.toStartTarget'),
      type: 'scatter',
      symbol: 'diamond',
      symbolSize: 12,
      itemStyle: { color: CHART_COLORS.toStart },
      data: toStart,
    });
  }
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) =>
        value === null || value === undefined ? '—' : `${String(value)}%`,
    },
    legend: {},
    grid: { left: 16, right: 24, bottom: 8, top: 48, containLabel: true },
    xAxis: monthAxis(t),
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series,
  };
}

/**
 * The month a click on a trend chart is about: a target pin or scatter point carries its month; a bar or a line
 * point is its month's index. Null for anything else (the legend, an axis).
 */
export function clickedMonth(event: ChartClick): number | null {
  const data = event.data as { month?: unknown } | null | undefined;
  if (data && typeof data === 'object' && typeof data.month === 'number') {
    return data.month;
  }
  if (event.componentType === 'series' && typeof event.dataIndex === 'number') {
    const month = event.dataIndex + 1;
    return month >= 1 && month <= 12 ? month : null;
  }
  return null;
}

/** A sector's figures with its name, in the reference data's order (unknown codes last, by code). */
export interface SectorRow extends SectorFiguresDto {
  name: string;
}

export function sectorRows(
  bySector: readonly SectorFiguresDto[],
  sectors: readonly SectorDto[],
): SectorRow[] {
  const known = new Map(sectors.map((sector) => [sector.code, sector]));
  const order = (code: string) => known.get(code)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  return [...bySector]
    .sort(
      (a, b) =>
        order(a.sectorCode) - order(b.sectorCode) || a.sectorCode.localeCompare(b.sectorCode),
    )
    .map((row) => ({ ...row, name: known.get(row.sectorCode)?.name ?? row.sectorCode }));
}

/** 计划投资 vs 完成投资 by sector (万元), with each sector's counts in the tooltip. */
export function sectorsOption(rows: readonly SectorRow[], t: Translate): EChartsOption {
  return {
    color: [CHART_COLORS.planned, CHART_COLORS.completed],
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 16, right: 24, bottom: 8, top: 48, containLabel: true },
    xAxis: { type: 'category', data: rows.map((row) => row.name), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: t('scheduling.statistics.wan') },
    series: [
      {
        name: t('scheduling.dashboard.series.planned'),
        type: 'bar',
        data: rows.map((row) => wanValue(row.plannedInvestment)),
      },
      {
        name: t('scheduling.dashboard.series.sectorCompleted'),
        type: 'bar',
        data: rows.map((row) => wanValue(row.investmentCompleted)),
      },
    ],
  };
}

/** The sector a click on the sectors chart is about. */
export function clickedSector(event: ChartClick, rows: readonly SectorRow[]): string | null {
  return event.componentType === 'series' && typeof event.dataIndex === 'number'
    ? (rows[event.dataIndex]?.sectorCode ?? null)
    : null;
}

/** Red and yellow warnings by rule, stacked (series in WARNING_LEVELS order: 红色, 黄色). */
export function warningsOption(
  byRule: readonly WarningRuleCountDto[],
  t: Translate,
): EChartsOption {
  const color: Record<WarningLevel, string> = {
    Red: CHART_COLORS.red,
    Yellow: CHART_COLORS.yellow,
  };
  return {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 16, right: 24, bottom: 8, top: 48, containLabel: true },
    xAxis: {
      type: 'category',
      data: byRule.map((count) => t(`scheduling.warnings.ruleNames.${count.rule}`)),
      axisLabel: { interval: 0 },
    },
    yAxis: { type: 'value', minInterval: 1, name: t('scheduling.projectUnit') },
    series: WARNING_LEVELS.map((level) => ({
      name: t(`scheduling.warnings.levels.${level}`),
      type: 'bar' as const,
      stack: 'warnings',
      itemStyle: { color: color[level] },
      data: byRule.map((count) => (level === 'Red' ? count.red : count.yellow)),
    })),
  };
}

/** The level and rule a click on the warnings chart is about. */
export function clickedWarnings(
  event: ChartClick,
  byRule: readonly WarningRuleCountDto[],
): { level: WarningLevel; rule: WarningRuleCountDto['rule'] } | null {
  if (
    event.componentType !== 'series' ||
    typeof event.seriesIndex !== 'number' ||
    typeof event.dataIndex !== 'number'
  ) {
    return null;
  }
  const level = WARNING_LEVELS[event.seriesIndex];
  const rule = byRule[event.dataIndex]?.rule;
  return level && rule ? { level, rule } : null;
}

/** How many projects name a problem category as their cause; `code` null counts those that name none. */
export interface CategoryCount {
  code: string | null;
  name: string;
  count: number;
}

/**
 * The not-started projects counted by the problem category of their reported cause, most frequent first (ties in
 * the categories' order); projects without a category counted last as `noCause`. Categories nobody names are left
 * out; an unknown code is shown as itself.
 */
export function countByCategory(
  projects: readonly Pick<StatisticsProjectDto, 'problemCategoryCode'>[],
  categories: readonly ProblemCategoryDto[],
  noCause: string,
): CategoryCount[] {
  const known = new Map(categories.map((category) => [category.code, category]));
  const counts = new Map<string, number>();
  let none = 0;
  for (const project of projects) {
    const code = project.problemCategoryCode;
    if (code) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
    } else {
      none++;
    }
  }
  const order = (code: string) => known.get(code)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const rows: CategoryCount[] = [...counts]
    .sort(([a, x], [b, y]) => y - x || order(a) - order(b) || a.localeCompare(b))
    .map(([code, count]) => ({ code, name: known.get(code)?.name ?? code, count }));
  return none ? [...rows, { code: null, name: noCause, count: none }] : rows;
}

/** 未开(复)工原因: horizontal bars, the most frequent cause on top. */
export function causesOption(counts: readonly CategoryCount[], t: Translate): EChartsOption {
  const top = [...counts].reverse(); // a category y axis runs bottom-up
  return {
    color: [CHART_COLORS.causes],
    tooltip: { trigger: 'axis' },
    grid: { left: 16, right: 32, bottom: 8, top: 16, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, name: t('scheduling.projectUnit') },
    yAxis: { type: 'category', data: top.map((count) => count.name) },
    series: [
      {
        name: t('scheduling.dashboard.series.causes'),
        type: 'bar',
        label: { show: true, position: 'right' },
        data: top.map((count) => count.count),
      },
    ],
  };
}

/** The category a click on the causes chart is about (its bars run bottom-up). */
export function clickedCause(
  event: ChartClick,
  counts: readonly CategoryCount[],
): CategoryCount | null {
  return event.componentType === 'series' && typeof event.dataIndex === 'number'
    ? (counts[counts.length - 1 - event.dataIndex] ?? null)
    : null;
}

/** ECharts' built-in locale for the UI language (its date and toolbox texts). */
export function echartsLocale(language: string | null | undefined): 'ZH' | 'EN' {
  return language?.toLowerCase().startsWith('en') ? 'EN' : 'ZH';
}
