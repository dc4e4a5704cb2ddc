import { ConstructionType } from '../../../api/models/construction-type';
import { MILESTONE_KIND } from '../../../api/models/milestone-kind-array';
import { PLAN_TARGET_KIND } from '../../../api/models/plan-target-kind-array';
import { PlanMilestoneDto } from '../../../api/models/plan-milestone-dto';
import { PlanTargetDto } from '../../../api/models/plan-target-dto';
import { wanFromYuan } from '../../../shared/money';

export { CONSTRUCTION_TYPES, TYPE_COLORS } from '../../../shared/construction-types';
export { dayFromApi, shanghaiYear } from '../../../shared/dates';
export { errorWorkbookFileName } from '../../../shared/import/import-problems';

export const PLAN_TARGET_KINDS = PLAN_TARGET_KIND;
/** 前期完成 → 开工 → 主体完工 → 竣工 (the order the server requires). */
export const MILESTONE_KINDS = MILESTONE_KIND;

/** 新建 and 拟开工 entries need 计划开(复)工; 续建 may leave it empty. */
export function requiresStartMonth(type: ConstructionType | null | undefined): boolean {
  return type === 'New' || type === 'ToStart';
}

/** The years the plan page offers: next year (plans are drafted ahead), this year, then the 5 before it. */
export function planYears(current: number): number[] {
  return Array.from({ length: 7 }, (_, i) => current + 1 - i);
}

/** A `?year=` query value as a plan year, or null when it is not a plausible year. */
export function parsePlanYear(value: string | null | undefined): number | null {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}

const PLAIN_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A target as a sentence: the translation key and its parameters (the amount in 万元, e.g. "120,000"). */
export function targetSentence(target: PlanTargetDto): {
  key: string;
  params: { month: number; value: string };
} {
  const value = target.kind === 'AnnualInvestment' ? wanFromYuan(target.value) : target.value;
  return {
    key: `reserve.plan.targetSentences.${target.kind}`,
    params: { month: target.month, value: PLAIN_NUMBER.format(value) },
  };
}

/** Targets in the fixed kind order (续建 → 新建 → 拟开工 → 年度投资). */
export function sortTargets(targets: readonly PlanTargetDto[]): PlanTargetDto[] {
  return [...targets].sort(
    (a, b) => PLAN_TARGET_KINDS.indexOf(a.kind) - PLAN_TARGET_KINDS.indexOf(b.kind),
  );
}

/** The first milestone (in 前期完成 → 竣工 order) not reached yet; null when none is planned or all are done. */
export function nextMilestone(milestones: readonly PlanMilestoneDto[]): PlanMilestoneDto | null {
  return (
    [...milestones]
      .sort((a, b) => MILESTONE_KINDS.indexOf(a.kind) - MILESTONE_KINDS.indexOf(b.kind))
      .find((milestone) => !milestone.actualDate) ?? null
  );
}

/** True when any milestone is past its planned date without being reached (the server sets isLate). */
export function hasLateMilestone(milestones: readonly PlanMilestoneDto[]): boolean {
  return milestones.some((milestone) => milestone.isLate);
}

/** The file names the plan's downloads are saved under. */
export const planExportFileName = (year: number) => `${year}年度重点项目计划表.xlsx`;
export const PLAN_TEMPLATE_FILE_NAME = '年度重点项目计划表-模板.xlsx';
