import { NzTreeNodeOptions } from 'ng-zorro-antd/core/tree';
import { DepartmentOptionDto } from '../../api/models/department-option-dto';
import { FUNDING_CHANNEL } from '../../api/models/funding-channel-array';
import { INVESTMENT_REGIME } from '../../api/models/investment-regime-array';
import { PROJECT_STATE } from '../../api/models/project-state-array';
import { ProjectState } from '../../api/models/project-state';
import { PROJECT_MATURITY } from '../../api/models/project-maturity-array';
import { ProjectMaturity } from '../../api/models/project-maturity';
import { REVIEW_DECISION } from '../../api/models/review-decision-array';
import { ReviewDecision } from '../../api/models/review-decision';
import { REVIEW_STATUS } from '../../api/models/review-status-array';
import { ReviewStatus } from '../../api/models/review-status';

/** Times are shown in Asia/Shanghai (UTC+8, no daylight saving). */
export const SHANGHAI_TIME_ZONE = '+0800';

export const PROJECT_STATES = PROJECT_STATE;
export const INVESTMENT_REGIMES = INVESTMENT_REGIME;
export const FUNDING_CHANNELS = FUNDING_CHANNEL;

/** nz-tag colour of each project state. */
export const STATE_COLORS: Record<ProjectState, string> = {
  Reserve: 'blue',
  PreConstruction: 'gold',
  UnderConstruction: 'green',
  Completed: 'cyan',
  Terminated: 'default',
};

const FORWARD: Partial<Record<ProjectState, ProjectState>> = {
  Reserve: 'PreConstruction',
  PreConstruction: 'UnderConstruction',
  UnderConstruction: 'Completed',
};

/**
 * The states a project may move to: one step forward, or 终止 from any state that is not final.
 * Completed and Terminated are final (no state action).
 */
export function nextStates(state: ProjectState): ProjectState[] {
  const forward = FORWARD[state];
  return forward ? [forward, 'Terminated'] : [];
}

/** 终止 needs a reason. */
export function requiresReason(state: ProjectState | null | undefined): boolean {
  return state === 'Terminated';
}

export interface DepartmentOptionNode extends NzTreeNodeOptions {
  key: string;
  title: string;
  children: DepartmentOptionNode[];
}

/** The department options as a tree (children under parentId; unknown parents become roots), in list order. */
export function buildDepartmentOptionTree(options: DepartmentOptionDto[]): DepartmentOptionNode[] {
  const nodes = new Map<string, DepartmentOptionNode>(
    options.map((option) => [
      option.id,
      { key: option.id, title: option.name, children: [], expanded: true },
    ]),
  );
  const roots: DepartmentOptionNode[] = [];
  for (const option of options) {
    const node = nodes.get(option.id)!;
    const parent = option.parentId ? nodes.get(option.parentId) : undefined;
    (parent && parent !== node ? parent.children : roots).push(node);
  }
  for (const node of nodes.values()) {
    node.isLeaf = node.children.length === 0;
  }
  return roots;
}

/** 'YYYY-MM-DD' (API date) → the first day of that month as a local Date, for a month picker. */
export function monthFromApi(value: string | null | undefined): Date | null {
  const match = value ? /^(\d{4})-(\d{2})/.exec(value) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, 1) : null;
}

/** A picked month → 'YYYY-MM-01' (the API takes the first day of the month). */
export function monthToApi(value: Date | null | undefined): string | null {
  if (!value) {
    return null;
  }
  const month = String(value.getMonth() + 1).padStart(2, '0');
  return `${value.getFullYear()}-${month}-01`;
}

/** 'YYYY-MM-DD' → 'YYYY-MM' for the list's 计划开工 column. */
export function yearMonth(value: string | null | undefined): string {
  return value ? value.slice(0, 7) : '';
}

export const PROJECT_MATURITIES = PROJECT_MATURITY;
export const REVIEW_STATUSES = REVIEW_STATUS;
export const REVIEW_DECISIONS = REVIEW_DECISION;

/** nz-tag colour of each maturity (谋划 / 前期 / 成熟). */
export const MATURITY_COLORS: Record<ProjectMaturity, string> = {
  Planning: 'default',
  Preliminary: 'gold',
  Mature: 'green',
};

/** nz-tag colour of each review status (申报状态). */
export const REVIEW_STATUS_COLORS: Record<ReviewStatus, string> = {
  Draft: 'default',
  Submitted: 'processing',
  Accepted: 'success',
  Returned: 'warning',
  Rejected: 'error',
};

/** 申报 is possible from 草稿 and 已退回. */
export function canSubmitForReview(status: ReviewStatus | null | undefined): boolean {
  return status === 'Draft' || status === 'Returned';
}

/** 审核 is possible on 已申报 projects only. */
export function canReview(status: ReviewStatus | null | undefined): boolean {
  return status === 'Submitted';
}

/** 退回修改 and 不予入库 need a comment. */
export function decisionRequiresComment(decision: ReviewDecision | null | undefined): boolean {
  return decision === 'Return' || decision === 'Reject';
}
