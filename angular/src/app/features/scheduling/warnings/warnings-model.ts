import { HttpErrorResponse } from '@angular/common/http';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { GetWarnings$Params } from '../../../api/fn/scheduling/get-warnings';
import { EXEMPTION_STATUS } from '../../../api/models/exemption-status-array';
import { ExemptionStatus } from '../../../api/models/exemption-status';
import { SaveWarningRuleRequest } from '../../../api/models/save-warning-rule-request';
import { WarningDto } from '../../../api/models/warning-dto';
import { WarningEventDto } from '../../../api/models/warning-event-dto';
import { WarningLevel } from '../../../api/models/warning-level';
import { WARNING_RULE_CODE } from '../../../api/models/warning-rule-code-array';
import { WarningRuleCode } from '../../../api/models/warning-rule-code';
import { WarningRuleDto } from '../../../api/models/warning-rule-dto';
import { WARNING_STATUS } from '../../../api/models/warning-status-array';
import { WarningStatus } from '../../../api/models/warning-status';
import { readProblem } from '../../../core/http/problem-details';
import { shanghaiDay } from '../../../shared/dates';
import { previousMonth } from '../progress/progress-model';

/** 红色 before 黄色, as the filter lists them. */
export const WARNING_LEVELS: WarningLevel[] = ['Red', 'Yellow'];
export const WARNING_RULES: WarningRuleCode[] = WARNING_RULE_CODE;
/** 预警中 / 已豁免 / 已解除 (the list shows 预警中 unless asked otherwise). */
export const WARNING_STATUSES: WarningStatus[] = WARNING_STATUS;
export const EXEMPTION_STATUSES: ExemptionStatus[] = EXEMPTION_STATUS;

/** nz-tag colour of each level. */
export const LEVEL_COLORS: Record<WarningLevel, string> = { Red: 'red', Yellow: 'gold' };

/** nz-tag colour of each warning status. */
export const STATUS_COLORS: Record<WarningStatus, string> = {
  Open: 'processing',
  Exempted: 'default',
  Resolved: 'success',
};

/** nz-tag colour of each exemption state (None shows no tag). */
export const EXEMPTION_COLORS: Record<ExemptionStatus, string> = {
  None: 'default',
  Requested: 'orange',
  Granted: 'green',
  Refused: 'volcano',
};

/** The list's filters, as the page's form holds them. */
export interface WarningFilters {
  level: WarningLevel | null;
  rule: WarningRuleCode | null;
  status: WarningStatus;
  exemption: ExemptionStatus | null;
  search: string;
}

export const DEFAULT_FILTERS: WarningFilters = {
  level: null,
  rule: null,
  status: 'Open',
  exemption: null,
  search: '',
};

/** `?level=&rule=` (e.g. from the 调度看板) as the list's filters; anything unknown is left unfiltered. */
export function warningsQueryFilters(
  level: string | null | undefined,
  rule: string | null | undefined,
): Pick<WarningFilters, 'level' | 'rule'> {
  return {
    level: WARNING_LEVELS.find((value) => value === level) ?? null,
    rule: WARNING_RULES.find((value) => value === rule) ?? null,
  };
}

/** The year and filters as GET /warnings and /warnings/export take them (empty filters left out). */
export function warningQuery(
  year: number,
  filters: Partial<WarningFilters>,
): Omit<GetWarnings$Params, 'page' | 'pageSize'> {
  return {
    year,
    level: filters.level ?? undefined,
    rule: filters.rule ?? undefined,
    status: filters.status ?? 'Open',
    exemption: filters.exemption ?? undefined,
    search: filters.search?.trim() || undefined,
  };
}

/** The year the page opens on: `?year=` when plausible, else the year of the month just ended (Asia/Shanghai). */
export function warningsYear(year: string | null | undefined, now = new Date()): number {
  const value = Number(year);
  return year && Number.isInteger(value) && value >= 2000 && value <= 2100
    ? value
    : previousMonth(now).year;
}

/** The years the year picker offers: the one shown, this year and the 5 before it, latest first. */
export function warningYears(shown: number, now = new Date()): number[] {
  const current = shanghaiDay(now).year;
  return [...new Set([shown, ...Array.from({ length: 6 }, (_, i) => current - i)])].sort(
    (a, b) => b - a,
  );
}

const MEASURE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A measure as the server writes it in its sentences: 3 → "3", 12.5 → "12.5". */
export function formatMeasure(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '' : MEASURE.format(value);
}

/** "4 个月", "12.5 个百分点". */
export function measureText(measure: number, unit: string): string {
  return `${formatMeasure(measure)} ${unit}`;
}

/** 申请豁免: a reporting unit, on a warning still open with no request pending. */
export function canRequestExemption(warning: WarningDto, canReport: boolean): boolean {
  return canReport && warning.status === 'Open' && warning.exemption !== 'Requested';
}

/** 审核: 重点办, on a pending request. */
export function canDecideExemption(warning: WarningDto, canManage: boolean): boolean {
  return canManage && warning.exemption === 'Requested';
}

/** nz-timeline dot colour of an event: red escalations, green relief, grey bookkeeping. */
export function eventColor(event: WarningEventDto): string {
  switch (event.kind) {
    case 'Raised':
    case 'Reopened':
    case 'Escalated':
      return event.level === 'Red' ? 'red' : 'orange';
    case 'Reduced':
      return 'orange';
    case 'Resolved':
    case 'ExemptionGranted':
      return 'green';
    case 'ExemptionRefused':
      return 'red';
    case 'LeftPlan':
      return 'gray';
    default:
      return 'blue';
  }
}

/** The file the export is saved under (as the server names it). */
export const warningsExportFileName = (year: number) => `预警清单-${year}.xlsx`;

export const REASON_MIN = 4;
export const REASON_MAX = 1000;
export const COMMENT_MAX = 1000;

/** 豁免理由: 4–1000 characters once trimmed (the server trims it). Errors as Validators.minlength/maxlength give them. */
export function reasonLength(control: AbstractControl): ValidationErrors | null {
  const text = typeof control.value === 'string' ? control.value.trim() : '';
  if (!text) {
    return { required: true };
  }
  if (text.length < REASON_MIN) {
    return { minlength: { requiredLength: REASON_MIN, actualLength: text.length } };
  }
  if (text.length > REASON_MAX) {
    return { maxlength: { requiredLength: REASON_MAX, actualLength: text.length } };
  }
  return null;
}

export const createReasonForm = () =>
  new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: reasonLength }),
  });

export const createDecisionForm = () =>
  new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(COMMENT_MAX),
    }),
  });

/** The 422 codes the warnings endpoints answer with. */
export const WARNING_THRESHOLDS = 'Scheduling.WarningThresholds';
export const RULE_WITHOUT_DATA = 'Scheduling.WarningRuleWithoutData';
export const EVALUATION_PERIOD = 'Scheduling.EvaluationPeriod';

/** A 422 refusal: the rule broken and the server's Chinese sentence; null for any other failure. */
export function refusal(error: unknown): { code: string; detail: string } | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 422) {
    return null;
  }
  const problem = readProblem(error) as { code?: string; detail?: string | null } | null;
  return problem?.detail ? { code: problem.code ?? '', detail: problem.detail } : null;
}

export type RuleForm = FormGroup<{
  yellowThreshold: FormControl<number | null>;
  redThreshold: FormControl<number | null>;
  enabled: FormControl<boolean>;
}>;

/** The server's rule: no negative threshold, red not below yellow. */
export function thresholdsOrdered(control: AbstractControl): ValidationErrors | null {
  const { yellowThreshold, redThreshold } = (control as RuleForm).getRawValue();
  return yellowThreshold !== null && redThreshold !== null && redThreshold < yellowThreshold
    ? { redBelowYellow: true }
    : null;
}

/** A rule whose data source is not connected cannot be switched on (the server refuses it). */
export const canEnable = (rule: WarningRuleDto) => rule.hasDataSource || rule.enabled;

/** One editable row of the rules dialog. */
export function createRuleForm(rule: WarningRuleDto): RuleForm {
  const form: RuleForm = new FormGroup(
    {
      yellowThreshold: new FormControl<number | null>(rule.yellowThreshold, [
        Validators.required,
        Validators.min(0),
      ]),
      redThreshold: new FormControl<number | null>(rule.redThreshold, [
        Validators.required,
        Validators.min(0),
      ]),
      enabled: new FormControl(rule.enabled, { nonNullable: true }),
    },
    { validators: thresholdsOrdered },
  );
  if (!canEnable(rule)) {
    form.controls.enabled.disable();
  }
  return form;
}

export function ruleRequest(form: RuleForm, rule: WarningRuleDto): SaveWarningRuleRequest {
  const value = form.getRawValue();
  return {
    yellowThreshold: value.yellowThreshold,
    redThreshold: value.redThreshold,
    enabled: value.enabled,
    concurrencyStamp: rule.concurrencyStamp,
  };
}
