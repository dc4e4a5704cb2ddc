import { FormControl, FormGroup, Validators } from '@angular/forms';
import { GetProblems$Params } from '../../../api/fn/scheduling/get-problems';
import { CreateProblemRequest } from '../../../api/models/create-problem-request';
import { EscalationLevel } from '../../../api/models/escalation-level';
import { ProblemDto } from '../../../api/models/problem-dto';
import { ProblemEventDto } from '../../../api/models/problem-event-dto';
import { PROBLEM_STATUS } from '../../../api/models/problem-status-array';
import { ProblemStatus } from '../../../api/models/problem-status';
import { dayToApi, shanghaiDay } from '../../../shared/dates';
import { notBlank } from '../../../shared/validation/not-blank';

/** 已交办 / 办理中 / 已解决. */
export const PROBLEM_STATUSES: ProblemStatus[] = PROBLEM_STATUS;

/** nz-tag colour of each status. */
export const PROBLEM_STATUS_COLORS: Record<ProblemStatus, string> = {
  Assigned: 'blue',
  InProgress: 'processing',
  Resolved: 'success',
};

/** nz-tag colour of each escalation (None shows no tag). */
export const ESCALATION_COLORS: Record<EscalationLevel, string> = {
  None: 'default',
  KeyProjectsOffice: 'orange',
  DistrictLeaders: 'red',
};

/** The list's filters, as the page's form holds them. */
export interface ProblemFilters {
  status: ProblemStatus | null;
  category: string | null;
  departmentId: string | null;
  overdue: boolean;
  search: string;
}

export const DEFAULT_PROBLEM_FILTERS: ProblemFilters = {
  status: null,
  category: null,
  departmentId: null,
  overdue: false,
  search: '',
};

/** The year and filters as GET /problems and /problems/export take them (empty filters left out). */
export function problemQuery(
  year: number,
  filters: Partial<ProblemFilters>,
): Omit<GetProblems$Params, 'page' | 'pageSize'> {
  return {
    year,
    status: filters.status ?? undefined,
    category: filters.category ?? undefined,
    departmentId: filters.departmentId ?? undefined,
    overdue: filters.overdue ? true : undefined,
    search: filters.search?.trim() || undefined,
  };
}

/** The year the page opens on: `?year=` when plausible, else this year (Asia/Shanghai). */
export function problemsYear(year: string | null | undefined, now = new Date()): number {
  const value = Number(year);
  return year && Number.isInteger(value) && value >= 2000 && value <= 2100
    ? value
    : shanghaiDay(now).year;
}

/** 开始办理: the assigned unit (reporting for its own department) or 重点办, on an assigned problem. */
export function canStart(
  problem: ProblemDto,
  user: { departmentId: string | null; canReport: boolean; canManage: boolean },
): boolean {
  return problem.status === 'Assigned' && handles(problem, user);
}

/** 办结销号: the same people, on a problem in hand. */
export function canResolve(
  problem: ProblemDto,
  user: { departmentId: string | null; canReport: boolean; canManage: boolean },
): boolean {
  return problem.status === 'InProgress' && handles(problem, user);
}

/** 重新打开: 重点办, on a resolved problem. */
export function canReopen(problem: ProblemDto, canManage: boolean): boolean {
  return canManage && problem.status === 'Resolved';
}

function handles(
  problem: ProblemDto,
  user: { departmentId: string | null; canReport: boolean; canManage: boolean },
): boolean {
  return user.canManage || (user.canReport && user.departmentId === problem.assignedDepartmentId);
}

/** nz-timeline dot colour of an event: red escalations, green resolution, blue the rest. */
export function problemEventColor(event: ProblemEventDto): string {
  switch (event.kind) {
    case 'Escalated':
      return event.escalationLevel === 'DistrictLeaders' ? 'red' : 'orange';
    case 'Resolved':
      return 'green';
    case 'Reopened':
      return 'orange';
    default:
      return 'blue';
  }
}

/** The file the export is saved under (as the server names it). */
export const problemsExportFileName = (year: number) => `问题清单-${year}.xlsx`;

export const DESCRIPTION_MAX = 2000;
export const REASON_MAX = 1000;

export const createProblemForm = () =>
  new FormGroup({
    projectId: new FormControl<string | null>(null, Validators.required),
    categoryCode: new FormControl<string | null>(null, Validators.required),
    description: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        notBlank,
        Validators.minLength(4),
        Validators.maxLength(DESCRIPTION_MAX),
      ],
    }),
    assignedDepartmentId: new FormControl<string | null>(null, Validators.required),
    deadline: new FormControl<Date | null>(null, Validators.required),
  });

export type ProblemForm = ReturnType<typeof createProblemForm>;

export function createProblemRequest(year: number, form: ProblemForm): CreateProblemRequest {
  const value = form.getRawValue();
  return {
    year,
    projectId: value.projectId,
    categoryCode: value.categoryCode,
    description: value.description.trim(),
    assignedDepartmentId: value.assignedDepartmentId,
    deadline: dayToApi(value.deadline),
    sourceWarningId: null,
  };
}

const text = (max: number) =>
  new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, notBlank, Validators.minLength(2), Validators.maxLength(max)],
  });

/** 销号: 办理结果 and 佐证材料说明, both required. */
export const createResolveForm = () =>
  new FormGroup({ resolution: text(DESCRIPTION_MAX), evidence: text(DESCRIPTION_MAX) });

export const createReopenForm = () => new FormGroup({ reason: text(REASON_MAX) });
