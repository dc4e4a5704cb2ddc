import { ConstructionType } from '../../../api/models/construction-type';
import { ProjectProgressDto } from '../../../api/models/project-progress-dto';
import { START_STATUS } from '../../../api/models/start-status-array';
import { StartStatus } from '../../../api/models/start-status';
import { shanghaiDay } from '../../../shared/dates';

/** 开复工状态 in the order the filter lists them. */
export const START_STATUSES = START_STATUS;

/** nz-tag colour of each 开复工状态. */
export const STATUS_COLORS: Record<StartStatus, string> = {
  NotStarted: 'default',
  Started: 'green',
  NotResumed: 'orange',
  Resumed: 'green',
  Completed: 'cyan',
};

/** 新建/拟开工 report 已开工/未开工/已竣工; 续建 reports 已复工/未复工/已竣工 (the server's StatusForType rule). */
export function allowedStatuses(type: ConstructionType | null | undefined): StartStatus[] {
  if (!type) {
    return [];
  }
  return type === 'Continuing'
    ? ['Resumed', 'NotResumed', 'Completed']
    : ['Started', 'NotStarted', 'Completed'];
}

/** 已开(复)工 and 已竣工 need the 实际开(复)工时间. */
export function hasStarted(status: StartStatus | null | undefined): boolean {
  return status === 'Started' || status === 'Resumed' || status === 'Completed';
}

export interface ReportMonth {
  year: number;
  month: number;
}

/** The month reports are due for at `now`: the one just ended in Asia/Shanghai (January → December of last year). */
export function previousMonth(now = new Date()): ReportMonth {
  const today = shanghaiDay(now);
  return today.month === 1
    ? { year: today.year - 1, month: 12 }
    : { year: today.year, month: today.month - 1 };
}

/** The years the page offers: this year and the 5 before it (no report is due for a later one). */
export function progressYears(current: number): number[] {
  return Array.from({ length: 6 }, (_, i) => current - i);
}

/** `?year=&month=` as a report month, or null when either is not plausible. */
export function parseReportMonth(
  year: string | null | undefined,
  month: string | null | undefined,
): ReportMonth | null {
  const y = Number(year);
  const m = Number(month);
  const valid =
    !!year && !!month && Number.isInteger(y) && y >= 2000 && y <= 2100 && Number.isInteger(m);
  return valid && m >= 1 && m <= 12 ? { year: y, month: m } : null;
}

/** True for a month that has not begun yet in Asia/Shanghai (it cannot be reported). */
export function isFutureMonth(year: number, month: number, now = new Date()): boolean {
  const today = shanghaiDay(now);
  return year > today.year || (year === today.year && month > today.month);
}

const PERCENT = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A completion rate (fraction) as a percent with one decimal: 0.4321 → "43.2%"; '' when unknown. */
export function formatPercent(rate: number | null | undefined): string {
  return rate === null || rate === undefined || Number.isNaN(rate) ? '' : PERCENT.format(rate);
}

/** The year's cumulative (yuan) over the planned investment (yuan); null without a plan amount. */
export function completionRate(cumulative: number, planned: number): number | null {
  return planned > 0 ? cumulative / planned : null;
}

/** 累计完成 above 年度计划投资 (compared in fen). */
export function exceedsPlan(cumulativeYuan: number, plannedYuan: number): boolean {
  return Math.round(cumulativeYuan * 100) > Math.round(plannedYuan * 100);
}

/** A project's row on the page: its progress and what the table shows beyond the DTO. */
export function progressRow(item: ProjectProgressDto) {
  return {
    item,
    rate: formatPercent(item.completionRate),
    overPlan: exceedsPlan(item.cumulativeThisYear, item.plannedInvestment),
  };
}

/** The file names the page's downloads are saved under (as the server names them). */
export const progressExportFileName = ({ year, month }: ReportMonth) =>
  `${year}年${month}月项目月度进展表.xlsx`;
export const PROGRESS_TEMPLATE_FILE_NAME = '项目月度进展表-模板.xlsx';
