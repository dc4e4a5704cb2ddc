import { ConstructionType } from '../../../api/models/construction-type';
import { PLAN_TARGET_KIND } from '../../../api/models/plan-target-kind-array';
import { RateCode } from '../../../api/models/rate-code';
import { RateDefinitionDto } from '../../../api/models/rate-definition-dto';
import { StatisticsDto } from '../../../api/models/statistics-dto';
import { StatisticsFigure } from '../../../api/models/statistics-figure';
import { TargetGapDto } from '../../../api/models/target-gap-dto';
import { TypeFiguresDto } from '../../../api/models/type-figures-dto';
import { CONSTRUCTION_TYPES } from '../../../shared/construction-types';
import { formatWan, wanFromYuan } from '../../../shared/money';
import { ReportMonth, parseReportMonth, previousMonth } from '../progress/progress-model';

/** A translation key with its parameters. */
export interface Phrase {
  key: string;
  params?: Record<string, string | number>;
}

/** `?year=&month=` when plausible, else the month just ended in Asia/Shanghai (the meeting looks back). */
export function statisticsMonth(
  year: string | null | undefined,
  month: string | null | undefined,
  now = new Date(),
): ReportMonth {
  return parseReportMonth(year, month) ?? previousMonth(now);
}

const RATE = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const TWO_DECIMALS = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A rate (fraction) as a percent with two decimals: 0.6667 → "66.67%"; '' when unknown. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined || Number.isNaN(rate) ? '' : RATE.format(rate + 0);
}

/** numerator ÷ denominator rounded to 4 decimals as the server does; null when nothing is counted. */
export function fraction(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;
}

/** A fraction in basis points (0.6667 → 6667), so that differences of 4-decimal rates stay exact. */
const basisPoints = (rate: number) => Math.round(rate * 10_000);

/** 同比 with its sign and colour: up (green), down (red), flat, or unknown ('—'). */
export interface Yoy {
  text: string;
  tone: 'up' | 'down' | 'flat' | 'unknown';
}

export function yoyGrowth(growth: number | null | undefined): Yoy {
  if (growth === null || growth === undefined || Number.isNaN(growth)) {
    return { text: '—', tone: 'unknown' };
  }
  const points = basisPoints(growth);
  const magnitude = TWO_DECIMALS.format(Math.abs(points) / 100);
  if (points > 0) {
    return { text: `+${magnitude}%`, tone: 'up' };
  }
  if (points < 0) {
    return { text: `−${magnitude}%`, tone: 'down' };
  }
  return { text: `${magnitude}%`, tone: 'flat' };
}

/** Where last year's figure comes from, as the note under 同比 says it. */
export function lastYearNote(source: string | null | undefined): string {
  return source === 'reports' || source === 'entered'
    ? `scheduling.statistics.lastYearSource.${source}`
    : 'scheduling.statistics.lastYearSource.unknown';
}

/** "时间过半、任务过半": the completion rate against the share of the year gone. */
export interface Schedule extends Phrase {
  tone: 'behind' | 'ahead' | 'even' | 'unknown';
}

export function scheduleText(
  completionRate: number | null | undefined,
  timeElapsedRate: number,
): Schedule {
  const elapsed = formatRate(timeElapsedRate);
  if (completionRate === null || completionRate === undefined || Number.isNaN(completionRate)) {
    return { key: 'scheduling.statistics.schedule.noPlan', params: { elapsed }, tone: 'unknown' };
  }
  const difference = basisPoints(timeElapsedRate) - basisPoints(completionRate);
  const params = {
    elapsed,
    completed: formatRate(completionRate),
    points: TWO_DECIMALS.format(Math.abs(difference) / 100),
  };
  const tone = difference > 0 ? 'behind' : difference < 0 ? 'ahead' : 'even';
  return { key: `scheduling.statistics.schedule.${tone}`, params, tone };
}

/** A rate card: the rate, the counts behind it (with the figure each count lists, when there is one) and its 口径. */
export interface RateCard {
  code: RateCode;
  rate: string;
  numerator: number;
  denominator: number;
  numeratorFigure: StatisticsFigure | null;
  denominatorFigure: StatisticsFigure | null;
  definition: RateDefinitionDto | null;
}

/** 开复工率, 开工率, 复工率 in that order. 开复工率 spans two figures (新建 + 续建), so its counts list nothing. */
export function rateCards(statistics: StatisticsDto): RateCard[] {
  const definition = (code: RateCode) =>
    statistics.definitions.find((item) => item.code === code) ?? null;
  return [
    {
      code: 'StartOrResumeRate',
      rate: formatRate(statistics.startOrResumeRate),
      numerator: statistics.newStartedCount + statistics.continuingResumedCount,
      denominator: statistics.newCount + statistics.continuingCount,
      numeratorFigure: 'StartedOrResumed',
      denominatorFigure: 'NewOrContinuing',
      definition: definition('StartOrResumeRate'),
    },
    {
      code: 'StartRate',
      rate: formatRate(statistics.startRate),
      numerator: statistics.newStartedCount,
      denominator: statistics.newCount,
      numeratorFigure: 'NewStarted',
      denominatorFigure: 'New',
      definition: definition('StartRate'),
    },
    {
      code: 'ResumeRate',
      rate: formatRate(statistics.resumeRate),
      numerator: statistics.continuingResumedCount,
      denominator: statistics.continuingCount,
      numeratorFigure: 'ContinuingResumed',
      denominatorFigure: 'Continuing',
      definition: definition('ResumeRate'),
    },
  ];
}

/** The figure listing a type's 已开(复)工 projects. */
export const STARTED_FIGURE: Record<ConstructionType, StatisticsFigure> = {
  New: 'NewStarted',
  Continuing: 'ContinuingResumed',
  ToStart: 'ToStartStarted',
};

/** The type rows in the district's order (续建, 新建, 拟开工). */
export function sortByType(rows: readonly TypeFiguresDto[]): TypeFiguresDto[] {
  return [...rows].sort(
    (a, b) => CONSTRUCTION_TYPES.indexOf(a.type) - CONSTRUCTION_TYPES.indexOf(b.type),
  );
}

const PLAIN_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A target, its actual and its gap as the targets table shows them. */
export interface TargetLine {
  target: TargetGapDto;
  sentence: Phrase;
  actual: string;
  gap: Phrase;
  /** Not reached (gap above zero); shown red once due. */
  behind: boolean;
}

/**
 * The plan's target wording (as on the annual plan page): rates are percentages, so their actual is a percent and
 * their gap percentage points; the annual investment's actual and gap are 万元.
 */
export function targetLine(target: TargetGapDto): TargetLine {
  const amount = target.kind === 'AnnualInvestment';
  const sentence: Phrase = {
    key: `scheduling.statistics.targetSentences.${target.kind}`,
    params: {
      month: target.month,
      value: PLAIN_NUMBER.format(amount ? wanFromYuan(target.target) : target.target),
    },
  };
  const actual =
    target.actual === null
      ? ''
      : amount
        ? formatWan(target.actual)
        : `${TWO_DECIMALS.format(target.actual)}%`;
  const behind = target.gap !== null && target.gap > 0;
  let gap: Phrase;
  if (target.gap === null) {
    gap = { key: 'scheduling.statistics.gap.unknown' };
  } else {
    const value = amount
      ? formatWan(Math.abs(target.gap))
      : TWO_DECIMALS.format(Math.abs(target.gap));
    const unit = amount ? 'Wan' : 'Points';
    gap =
      target.gap === 0
        ? { key: 'scheduling.statistics.gap.reached' }
        : {
            key: `scheduling.statistics.gap.${behind ? 'behind' : 'ahead'}${unit}`,
            params: { value },
          };
  }
  return { target, sentence, actual, gap, behind };
}

/** Targets in the plan's kind order (续建 → 新建 → 拟开工 → 年度投资), then by month. */
export function targetLines(targets: readonly TargetGapDto[]): TargetLine[] {
  return [...targets]
    .sort(
      (a, b) =>
        PLAN_TARGET_KIND.indexOf(a.kind) - PLAN_TARGET_KIND.indexOf(b.kind) || a.month - b.month,
    )
    .map(targetLine);
}

/** What a drill-down lists: one figure, optionally narrowed to a type or a sector. */
export interface DrillDown {
  figure: StatisticsFigure;
  type?: ConstructionType;
  sectorCode?: string;
  /** Only the projects whose latest report gives this cause (问题类别). */
  problemCategoryCode?: string;
  /** The dialog's title. */
  title: Phrase;
}
