import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { AddPlanEntryRequest } from '../../../api/models/add-plan-entry-request';
import { ConstructionType } from '../../../api/models/construction-type';
import { PlanEntryDto } from '../../../api/models/plan-entry-dto';
import { UpdatePlanEntryRequest } from '../../../api/models/update-plan-entry-request';
import { formatWan, wanFromYuan, yuanFromWan } from '../../../shared/money';
import { ProjectForm, createProjectForm, projectRequest } from '../project-form/project-form-model';
import { monthFromApi, monthToApi } from '../reserve-model';
import { requiresStartMonth } from './plan-model';

/** 联系电话 as the server accepts it: digits and the usual separators, 5–32 characters. */
export const PLAN_PHONE_PATTERN = /^[0-9+\-\s()（）、,，/]{5,32}$/;
export const PLAN_TEXT_MAX = 100;
export const PLAN_UNIT_MAX = 100;
export const FUNDING_NOTE_MAX = 500;

/** 从项目库选择 or 直接录入新项目. */
export type EntryMode = 'library' | 'new';

export type PlanEntryForm = FormGroup<{
  mode: FormControl<EntryMode>;
  projectId: FormControl<string | null>;
  newProject: ProjectForm;
  type: FormControl<ConstructionType | null>;
  plannedInvestment: FormControl<number | null>;
  plannedStartMonth: FormControl<Date | null>;
  plannedCompletionMonth: FormControl<Date | null>;
  leader: FormControl<string>;
  responsiblePerson: FormControl<string>;
  phone: FormControl<string>;
  fundingNote: FormControl<string>;
  serialNo: FormControl<number | null>;
  /** The year's own values (行业领域, 建设地点, 责任单位, 项目单位, 总投资 in 万元): enabled when editing an entry. */
  sectorCode: FormControl<string | null>;
  townId: FormControl<string | null>;
  responsibleDepartmentId: FormControl<string | null>;
  projectUnit: FormControl<string>;
  totalInvestment: FormControl<number | null>;
}>;

/**
 * 计划开(复)工: required for 新建/拟开工 (`required`), and in the plan year (`outsideYear`).
 * Reads the sibling `type`, so it is re-run when the type changes.
 */
export function startMonthRule(year: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const start = control.value as Date | null;
    const type = control.parent?.get('type')?.value as ConstructionType | null | undefined;
    if (!start) {
      return requiresStartMonth(type) ? { required: true } : null;
    }
    return start.getFullYear() === year ? null : { outsideYear: { year } };
  };
}

/** 计划竣工 not before 计划开(复)工: `completionBeforeStart`. */
export const completionNotBeforeStart: ValidatorFn = (control) => {
  const completion = control.value as Date | null;
  const start = control.parent?.get('plannedStartMonth')?.value as Date | null | undefined;
  return completion && start && monthToApi(completion)! < monthToApi(start)!
    ? { completionBeforeStart: true }
    : null;
};

/** 年度计划投资 (万元) at most the project's total investment (yuan, when known): `exceedsTotal`. */
export function plannedWithinTotal(totalYuan: () => number | null): ValidatorFn {
  return (control) => {
    const planned = control.value as number | null;
    const total = totalYuan();
    return planned !== null && total !== null && yuanFromWan(planned) > total
      ? { exceedsTotal: { total: formatWan(total) } }
      : null;
  };
}

/**
 * The 纳入计划 / 编辑 form. `totalYuan` says the chosen project's total investment (null when unknown);
 * the cross-field rules are re-run when the fields they read change (the dialog re-runs 年度计划投资 when the
 * picked library project changes).
 */
export function createPlanEntryForm(year: number, totalYuan: () => number | null): PlanEntryForm {
  const text = (max: number, validators: ValidatorFn[] = []) =>
    new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(max), ...validators],
    });
  const form: PlanEntryForm = new FormGroup({
    mode: new FormControl<EntryMode>('library', { nonNullable: true }),
    projectId: new FormControl<string | null>(null, Validators.required),
    newProject: createProjectForm(),
    type: new FormControl<ConstructionType | null>(null, Validators.required),
    plannedInvestment: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(0),
      plannedWithinTotal(totalYuan),
    ]),
    plannedStartMonth: new FormControl<Date | null>(null, startMonthRule(year)),
    plannedCompletionMonth: new FormControl<Date | null>(null, completionNotBeforeStart),
    leader: text(PLAN_TEXT_MAX),
    responsiblePerson: text(PLAN_TEXT_MAX),
    phone: text(32, [Validators.pattern(PLAN_PHONE_PATTERN)]),
    fundingNote: text(FUNDING_NOTE_MAX),
    serialNo: new FormControl<number | null>(null, [Validators.min(1), Validators.max(100_000)]),
    sectorCode: new FormControl<string | null>(null, Validators.required),
    townId: new FormControl<string | null>(null),
    responsibleDepartmentId: new FormControl<string | null>(null, Validators.required),
    projectUnit: text(PLAN_UNIT_MAX, [Validators.required]),
    totalInvestment: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(0.01),
    ]),
  });
  const controls = form.controls;
  form.controls.newProject.disable();
  setYearValuesEnabled(form, false);
  controls.mode.valueChanges.subscribe((mode) => setEntryMode(form, mode));
  controls.type.valueChanges.subscribe(() => controls.plannedStartMonth.updateValueAndValidity());
  controls.plannedStartMonth.valueChanges.subscribe(() =>
    controls.plannedCompletionMonth.updateValueAndValidity(),
  );
  controls.newProject.controls.totalInvestment.valueChanges.subscribe(() =>
    controls.plannedInvestment.updateValueAndValidity(),
  );
  controls.totalInvestment.valueChanges.subscribe(() =>
    controls.plannedInvestment.updateValueAndValidity(),
  );
  return form;
}

const YEAR_VALUES = [
  'sectorCode',
  'townId',
  'responsibleDepartmentId',
  'projectUnit',
  'totalInvestment',
] as const;

/** Adding takes the project's current values (the server fills them in); editing shows and changes the year's. */
export function setYearValuesEnabled(form: PlanEntryForm, enabled: boolean): void {
  for (const name of YEAR_VALUES) {
    const control = form.controls[name];
    if (enabled) {
      control.enable({ emitEvent: false });
    } else {
      control.disable({ emitEvent: false });
    }
  }
}

/** Library mode needs a project; new mode needs the project's own fields. */
export function setEntryMode(form: PlanEntryForm, mode: EntryMode): void {
  const { projectId, newProject } = form.controls;
  if (mode === 'library') {
    projectId.enable({ emitEvent: false });
    newProject.disable({ emitEvent: false });
  } else {
    projectId.disable({ emitEvent: false });
    newProject.enable({ emitEvent: false });
  }
  form.controls.plannedInvestment.updateValueAndValidity();
}

/** Editing: the project is fixed; the entry's own fields change, the year's values included. */
export function patchPlanEntryForm(form: PlanEntryForm, entry: PlanEntryDto): void {
  form.controls.projectId.disable({ emitEvent: false });
  form.controls.newProject.disable({ emitEvent: false });
  setYearValuesEnabled(form, true);
  form.patchValue({
    type: entry.type,
    plannedInvestment: wanFromYuan(entry.plannedInvestment),
    plannedStartMonth: monthFromApi(entry.plannedStartMonth),
    plannedCompletionMonth: monthFromApi(entry.plannedCompletionMonth),
    leader: entry.leader ?? '',
    responsiblePerson: entry.responsiblePerson ?? '',
    phone: entry.phone ?? '',
    fundingNote: entry.fundingNote ?? '',
    serialNo: entry.serialNo,
    sectorCode: entry.sectorCode,
    townId: entry.townId,
    responsibleDepartmentId: entry.responsibleDepartmentId,
    projectUnit: entry.projectUnit,
    totalInvestment: wanFromYuan(entry.totalInvestment),
  });
}

type EntryFields = Omit<UpdatePlanEntryRequest, 'concurrencyStamp'>;

/**
 * The entry's own fields as the API takes them (万元 → yuan, months → 'YYYY-MM-01', blanks → null); the year's
 * values only when the form edits them (they are sent together).
 */
export function planEntryFields(form: PlanEntryForm): EntryFields {
  const value = form.getRawValue();
  const year: Partial<EntryFields> = form.controls.sectorCode.enabled
    ? {
        sectorCode: value.sectorCode,
        townId: value.townId,
        responsibleDepartmentId: value.responsibleDepartmentId,
        projectUnit: value.projectUnit.trim(),
        totalInvestment: value.totalInvestment === null ? null : yuanFromWan(value.totalInvestment),
      }
    : {};
  return {
    ...year,
    type: value.type,
    plannedInvestment: yuanFromWan(value.plannedInvestment ?? 0),
    plannedStartMonth: monthToApi(value.plannedStartMonth),
    plannedCompletionMonth: monthToApi(value.plannedCompletionMonth),
    leader: value.leader.trim() || null,
    responsiblePerson: value.responsiblePerson.trim() || null,
    phone: value.phone.trim() || null,
    fundingNote: value.fundingNote.trim() || null,
    serialNo: value.serialNo ?? null,
  };
}

/** 纳入计划: either `projectId` (library) or `newProject` (its months default to the entry's). */
export function addPlanEntryRequest(form: PlanEntryForm): AddPlanEntryRequest {
  const fields = planEntryFields(form);
  if (form.controls.mode.value === 'library') {
    return { ...fields, projectId: form.controls.projectId.value };
  }
  const newProject = projectRequest(form.controls.newProject);
  return {
    ...fields,
    newProject: {
      ...newProject,
      plannedStart: newProject.plannedStart ?? fields.plannedStartMonth,
      plannedCompletion: newProject.plannedCompletion ?? fields.plannedCompletionMonth,
    },
  };
}
