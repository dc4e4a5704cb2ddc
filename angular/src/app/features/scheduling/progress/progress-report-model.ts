import { HttpErrorResponse } from '@angular/common/http';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { ProjectProgressDto } from '../../../api/models/project-progress-dto';
import { SaveMonthlyReportRequest } from '../../../api/models/save-monthly-report-request';
import { StartStatus } from '../../../api/models/start-status';
import { readProblem } from '../../../core/http/problem-details';
import { dayFromApi, dayToApi } from '../../../shared/dates';
import { wanFromYuan, yuanFromWan } from '../../../shared/money';
import { notBlank } from '../../../shared/validation/not-blank';
import { ReportMonth, allowedStatuses, hasStarted } from './progress-model';

/** 形象进度 and 存在问题 as the server accepts them. */
export const REPORT_TEXT_MAX = 1000;
/** The largest 本月完成投资 the server accepts, in 万元 (10^12 yuan). */
export const INVESTMENT_MAX_WAN = 100_000_000;

export type ReportForm = FormGroup<{
  investmentThisMonth: FormControl<number | null>;
  status: FormControl<StartStatus | null>;
  actualStartDate: FormControl<Date | null>;
  progress: FormControl<string>;
  inStatistics: FormControl<boolean | null>;
  problem: FormControl<string>;
  problemCategoryCode: FormControl<string | null>;
}>;

/** The last day a start date may fall on: today, and not after the reported month. */
export function latestStartDate(month: ReportMonth, today: Date): Date {
  const monthEnd = new Date(month.year, month.month, 0);
  return monthEnd < today ? monthEnd : today;
}

/**
 * 实际开(复)工时间: required once started (`required`), not after today (`startDateInFuture`), not after the
 * reported month (`startDateAfterMonth`). Reads the sibling `status`, so it is re-run when the status changes.
 */
export function startDateRule(month: ReportMonth, today: Date): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const date = control.value as Date | null;
    const status = control.parent?.get('status')?.value as StartStatus | null | undefined;
    if (!date) {
      return hasStarted(status) ? { required: true } : null;
    }
    if (date > new Date(month.year, month.month, 0)) {
      return { startDateAfterMonth: { ...month } };
    }
    return date > today ? { startDateInFuture: true } : null;
  };
}

/** 问题类别 is required once 存在问题 is written. */
export const categoryWithProblem: ValidatorFn = (control) => {
  const problem = control.parent?.get('problem')?.value as string | undefined;
  return problem?.trim() && !control.value ? { required: true } : null;
};

/**
 * The 填报/修改 form for one project and month. `today` is the calendar day in Asia/Shanghai (as a local date at
 * midnight). An existing report is loaded; a new one starts from the project's latest status.
 */
export function createReportForm(
  item: ProjectProgressDto,
  month: ReportMonth,
  today: Date,
): ReportForm {
  const report = item.report;
  const allowed = allowedStatuses(item.type);
  const carried =
    item.latestStatus && allowed.includes(item.latestStatus) ? item.latestStatus : null;
  const text = (value: string | null) =>
    new FormControl(value ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(REPORT_TEXT_MAX), notBlank],
    });
  const form: ReportForm = new FormGroup({
    investmentThisMonth: new FormControl<number | null>(
      report ? wanFromYuan(report.investmentThisMonth) : null,
      [Validators.required, Validators.min(0), Validators.max(INVESTMENT_MAX_WAN)],
    ),
    status: new FormControl<StartStatus | null>(report?.status ?? carried, Validators.required),
    actualStartDate: new FormControl<Date | null>(
      dayFromApi(report?.actualStartDate),
      startDateRule(month, today),
    ),
    progress: text(report?.progress ?? null),
    inStatistics: new FormControl<boolean | null>(report?.inStatistics ?? null),
    problem: text(report?.problem ?? null),
    problemCategoryCode: new FormControl<string | null>(
      report?.problemCategoryCode ?? null,
      categoryWithProblem,
    ),
  });
  const controls = form.controls;
  controls.status.valueChanges.subscribe(() => controls.actualStartDate.updateValueAndValidity());
  controls.problem.valueChanges.subscribe(() =>
    controls.problemCategoryCode.updateValueAndValidity(),
  );
  // the cross-field rules first ran before the controls had a parent
  controls.actualStartDate.updateValueAndValidity();
  controls.problemCategoryCode.updateValueAndValidity();
  return form;
}

/** The report as the API takes it: 万元 → yuan, the day as 'YYYY-MM-DD', blanks → null; no category without a problem. */
export function reportRequest(
  form: ReportForm,
  item: ProjectProgressDto,
  confirmOverPlan: boolean,
): SaveMonthlyReportRequest {
  const value = form.getRawValue();
  const problem = value.problem.trim() || null;
  const request: SaveMonthlyReportRequest = {
    investmentThisMonth: yuanFromWan(value.investmentThisMonth ?? 0),
    status: value.status,
    actualStartDate: dayToApi(value.actualStartDate),
    progress: value.progress.trim() || null,
    inStatistics: value.inStatistics,
    problem,
    problemCategoryCode: problem ? value.problemCategoryCode : null,
    confirmOverPlan,
  };
  if (item.report) {
    request.concurrencyStamp = item.report.concurrencyStamp;
  }
  return request;
}

export const OVER_ANNUAL_PLAN = 'Scheduling.OverAnnualPlan';

/** The form control each refused report rule is about (the rest are shown as a message). */
const RULE_FIELDS: Record<string, keyof ReportForm['controls']> = {
  'Scheduling.StatusForType': 'status',
  'Scheduling.StartWithdrawn': 'status',
  'Scheduling.StartDateRequired': 'actualStartDate',
  'Scheduling.StartDateInFuture': 'actualStartDate',
  'Scheduling.StartDateAfterMonth': 'actualStartDate',
  'Scheduling.ProblemCategoryRequired': 'problemCategoryCode',
};

/** A 422 refusal of a save: its code (OverAnnualPlan or a rule) and the server's sentence. */
export function reportRefusal(error: unknown): { code: string; detail: string } | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 422) {
    return null;
  }
  const problem = readProblem(error) as { code?: string; detail?: string | null } | null;
  return problem?.code ? { code: problem.code, detail: problem.detail ?? '' } : null;
}

/** Puts a refused rule on its field as a `server` error; false when the rule is about no field. */
export function showRuleOnField(
  form: ReportForm,
  refusal: { code: string; detail: string },
): boolean {
  const field = RULE_FIELDS[refusal.code];
  if (!field) {
    return false;
  }
  const control = form.controls[field];
  control.setErrors({ ...(control.errors ?? {}), server: refusal.detail });
  control.markAsDirty();
  control.markAsTouched();
  return true;
}
