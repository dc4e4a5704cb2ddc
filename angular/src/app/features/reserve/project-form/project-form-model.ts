import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { CreateProjectRequest } from '../../../api/models/create-project-request';
import { FundingChannel } from '../../../api/models/funding-channel';
import { InvestmentRegime } from '../../../api/models/investment-regime';
import { ProjectDto } from '../../../api/models/project-dto';
import { ProjectMaturity } from '../../../api/models/project-maturity';
import { sumYuan, wanFromYuan, yuanFromWan } from '../../../shared/money';
import { monthFromApi, monthToApi } from '../reserve-model';

/** 项目代码 as issued by the national investment project platform: 2023-630203-48-01-012345. */
export const PROJECT_CODE_PATTERN = /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/;

export type FundingRow = FormGroup<{
  channel: FormControl<FundingChannel | null>;
  amount: FormControl<number | null>;
  isSecured: FormControl<boolean>;
  note: FormControl<string>;
}>;

export type ProjectForm = FormGroup<{
  name: FormControl<string>;
  code: FormControl<string>;
  regime: FormControl<InvestmentRegime | null>;
  sectorCode: FormControl<string | null>;
  townId: FormControl<string | null>;
  responsibleDepartmentId: FormControl<string | null>;
  projectUnit: FormControl<string>;
  scope: FormControl<string>;
  maturity: FormControl<ProjectMaturity | null>;
  landPlan: FormControl<string>;
  feasibilityApproval: FormControl<string>;
  revenuePlan: FormControl<string>;
  totalInvestment: FormControl<number | null>;
  plannedStart: FormControl<Date | null>;
  plannedCompletion: FormControl<Date | null>;
  fundingSources: FormArray<FundingRow>;
}>;

/** Amounts are 万元 with at most 2 decimals and greater than zero. */
export const positiveWan: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = control.value as number | null;
  if (value === null || value === undefined || (value as unknown) === '') {
    return null;
  }
  return value > 0 && yuanFromWan(value) > 0 ? null : { positive: true };
};

/** Form-level checks: funding sum ≤ total investment; completion not before start. */
export const projectFormRules: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const form = group as ProjectForm;
  const errors: ValidationErrors = {};
  const total = form.controls.totalInvestment.value;
  const amounts = form.controls.fundingSources.controls.map((row) =>
    yuanFromWan(row.controls.amount.value ?? 0),
  );
  if (total !== null && sumYuan(amounts) > yuanFromWan(total)) {
    errors['fundingExceedsTotal'] = true;
  }
  const start = form.controls.plannedStart.value;
  const completion = form.controls.plannedCompletion.value;
  if (start && completion && monthToApi(completion)! < monthToApi(start)!) {
    errors['completionBeforeStart'] = true;
  }
  return Object.keys(errors).length ? errors : null;
};

export function fundingRow(value?: {
  channel: FundingChannel;
  amount: number;
  isSecured: boolean;
  note: string | null;
}): FundingRow {
  return new FormGroup({
    channel: new FormControl<FundingChannel | null>(value?.channel ?? null, Validators.required),
    amount: new FormControl<number | null>(value ? wanFromYuan(value.amount) : null, [
      Validators.required,
      positiveWan,
    ]),
    isSecured: new FormControl(value?.isSecured ?? false, { nonNullable: true }),
    note: new FormControl(value?.note ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(200),
    }),
  });
}

export function createProjectForm(): ProjectForm {
  const text = (validators: ValidatorFn[] = []) =>
    new FormControl('', { nonNullable: true, validators });
  return new FormGroup(
    {
      name: text([Validators.required, Validators.maxLength(100)]),
      code: text([Validators.pattern(PROJECT_CODE_PATTERN)]),
      regime: new FormControl<InvestmentRegime | null>(null, Validators.required),
      sectorCode: new FormControl<string | null>(null, Validators.required),
      townId: new FormControl<string | null>(null),
      responsibleDepartmentId: new FormControl<string | null>(null, Validators.required),
      projectUnit: text([Validators.required, Validators.maxLength(100)]),
      scope: text([Validators.maxLength(2000)]),
      maturity: new FormControl<ProjectMaturity | null>(null, Validators.required),
      landPlan: text([Validators.maxLength(1000)]),
      feasibilityApproval: text([Validators.maxLength(100)]),
      revenuePlan: text([Validators.maxLength(1000)]),
      totalInvestment: new FormControl<number | null>(null, [Validators.required, positiveWan]),
      plannedStart: new FormControl<Date | null>(null),
      plannedCompletion: new FormControl<Date | null>(null),
      fundingSources: new FormArray<FundingRow>([]),
    },
    { validators: projectFormRules },
  );
}

/** Fills the form from a loaded project (yuan → 万元, dates → months). */
export function patchProjectForm(form: ProjectForm, project: ProjectDto): void {
  form.controls.fundingSources.clear();
  project.fundingSources.forEach((source) => form.controls.fundingSources.push(fundingRow(source)));
  form.patchValue({
    name: project.name,
    code: project.code ?? '',
    regime: project.regime,
    sectorCode: project.sectorCode,
    townId: project.townId,
    responsibleDepartmentId: project.responsibleDepartmentId,
    projectUnit: project.projectUnit,
    scope: project.scope ?? '',
    maturity: project.maturity,
    landPlan: project.landPlan ?? '',
    feasibilityApproval: project.feasibilityApproval ?? '',
    revenuePlan: project.revenuePlan ?? '',
    totalInvestment: wanFromYuan(project.totalInvestment),
    plannedStart: monthFromApi(project.plannedStart),
    plannedCompletion: monthFromApi(project.plannedCompletion),
  });
}

/** The request body the API expects (万元 → yuan, months → 'YYYY-MM-01', blanks → null). */
export function projectRequest(form: ProjectForm): CreateProjectRequest {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    code: value.code.trim() || null,
    regime: value.regime!,
    sectorCode: value.sectorCode!,
    townId: value.townId || null,
    responsibleDepartmentId: value.responsibleDepartmentId!,
    projectUnit: value.projectUnit.trim(),
    scope: value.scope.trim() || null,
    maturity: value.maturity!,
    landPlan: value.landPlan.trim() || null,
    feasibilityApproval: value.feasibilityApproval.trim() || null,
    revenuePlan: value.revenuePlan.trim() || null,
    totalInvestment: yuanFromWan(value.totalInvestment!),
    fundingSources: value.fundingSources.map((row) => ({
      channel: row.channel!,
      amount: yuanFromWan(row.amount!),
      isSecured: row.isSecured,
      note: row.note.trim() || null,
    })),
    plannedStart: monthToApi(value.plannedStart),
    plannedCompletion: monthToApi(value.plannedCompletion),
  };
}

/** Marks every control (also inside the funding rows) dirty so its message shows. */
export function revealAll(control: AbstractControl): void {
  control.markAsDirty();
  control.markAsTouched();
  if (control instanceof FormGroup || control instanceof FormArray) {
    Object.values(control.controls).forEach((child: AbstractControl) => revealAll(child));
  }
  control.updateValueAndValidity({ onlySelf: true });
}
