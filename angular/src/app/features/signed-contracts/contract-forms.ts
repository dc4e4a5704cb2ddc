import { FormControl, FormGroup, Validators } from '@angular/forms';
import { AddContractFunds$Params } from '../../api/fn/signed-contracts/add-contract-funds';
import { ContractListItemDto } from '../../api/models/contract-list-item-dto';
import { ContractRateDefinitionDto } from '../../api/models/contract-rate-definition-dto';
import { CreateContractRequest } from '../../api/models/create-contract-request';
import { FulfilmentState } from '../../api/models/fulfilment-state';
import { FundsKind } from '../../api/models/funds-kind';
import { MilestoneDto } from '../../api/models/milestone-dto';
import { SetMilestoneRequest } from '../../api/models/set-milestone-request';
import { dayFromApi, dayToApi } from '../../shared/dates';
import { wanFromYuan, yuanFromWan } from '../../shared/money';
import { notBlank } from '../../shared/validation/not-blank';
import {
  MILESTONE_KINDS,
  creditCodeValidator,
  evidenceValidator,
  needsReason,
  notFutureValidator,
  positiveValidator,
} from './contracts-model';

const text = (max: number, required = true, min = 0) =>
  new FormControl('', {
    nonNullable: true,
    validators: [
      ...(required ? [Validators.required, notBlank] : []),
      ...(min ? [Validators.minLength(min)] : []),
      Validators.maxLength(max),
    ],
  });

const day = (required = true, notFuture = false) =>
  new FormControl<Date | null>(null, [
    ...(required ? [Validators.required] : []),
    ...(notFuture ? [notFutureValidator] : []),
  ]);

const trimmed = (value: string) => value.trim() || null;

/** 新增/编辑签约项目: the amount is entered in 万元; 约定里程碑 (planned days) only when creating. */
export const createContractForm = () =>
  new FormGroup({
    projectName: text(100),
    companyName: text(100),
    creditCode: new FormControl('', { nonNullable: true, validators: creditCodeValidator }),
    signedOn: day(true, true),
    signingEvent: text(64, false),
    industryCode: new FormControl<string | null>(null, Validators.required),
    contractedAmount: new FormControl<number | null>(null, [
      Validators.required,
      positiveValidator,
    ]),
    responsibleDepartmentId: new FormControl<string | null>(null, Validators.required),
    milestones: new FormGroup({
      RegisterCompany: day(false),
      LandSupply: day(false),
      ConstructionStart: day(false),
      Production: day(false),
    }),
  });

export type ContractForm = ReturnType<typeof createContractForm>;

/** The form's fields as POST / and PUT /{id} take them: trimmed texts, the amount in yuan. */
export function contractFields(
  form: ContractForm,
): Omit<CreateContractRequest, 'number' | 'milestones'> {
  const value = form.getRawValue();
  return {
    projectName: value.projectName.trim(),
    companyName: value.companyName.trim(),
    creditCode: trimmed(value.creditCode.toUpperCase()),
    signedOn: dayToApi(value.signedOn),
    signingEvent: trimmed(value.signingEvent),
    industryCode: value.industryCode,
    contractedAmount: value.contractedAmount === null ? null : yuanFromWan(value.contractedAmount),
    responsibleDepartmentId: value.responsibleDepartmentId,
  };
}

/** POST /: the fields and the milestones given a planned day. */
export function createContractRequest(form: ContractForm): CreateContractRequest {
  const planned = form.getRawValue().milestones;
  return {
    ...contractFields(form),
    milestones: MILESTONE_KINDS.filter((kind) => planned[kind]).map((kind) => ({
      kind,
      plannedOn: dayToApi(planned[kind]),
    })),
  };
}

/** The form filled with a contract, for 编辑. */
export function fillContractForm(form: ContractForm, contract: ContractListItemDto): void {
  form.patchValue({
    projectName: contract.projectName,
    companyName: contract.companyName,
    creditCode: contract.creditCode ?? '',
    signedOn: dayFromApi(contract.signedOn),
    signingEvent: contract.signingEvent ?? '',
    industryCode: contract.industryCode,
    contractedAmount: wanFromYuan(contract.contractedAmount),
    responsibleDepartmentId: contract.responsibleDepartmentId,
  });
}

/** 登记到位资金: day, amount (万元), kind, note and the evidence file. */
export const createFundsForm = () =>
  new FormGroup({
    arrivedOn: day(true, true),
    amount: new FormControl<number | null>(null, [Validators.required, positiveValidator]),
    kind: new FormControl<FundsKind | null>('BankVoucher', Validators.required),
    note: text(500, false),
    file: new FormControl<File | null>(null, [Validators.required, evidenceValidator]),
  });

export type FundsForm = ReturnType<typeof createFundsForm>;

/** The multipart body of POST /{id}/funds (amount in yuan). */
export function fundsBody(form: FundsForm): AddContractFunds$Params['body'] {
  const value = form.getRawValue();
  return {
    arrivedOn: dayToApi(value.arrivedOn) ?? undefined,
    amount: value.amount === null ? undefined : yuanFromWan(value.amount),
    kind: value.kind ?? undefined,
    ...(value.note.trim() ? { note: value.note.trim() } : {}),
    file: value.file ?? undefined,
  };
}

/** 变更履约状态: the next state and, for 停滞/终止, the reason. */
export const createStateForm = () => {
  const form = new FormGroup({
    state: new FormControl<FulfilmentState | null>(null, Validators.required),
    reason: text(1000, false),
  });
  form.controls.state.valueChanges.subscribe((state) => {
    form.controls.reason.setValidators(
      needsReason(state)
        ? [Validators.required, notBlank, Validators.maxLength(1000)]
        : [Validators.maxLength(1000)],
    );
    form.controls.reason.updateValueAndValidity();
  });
  return form;
};

/** 里程碑: planned and actual days (actual not in the future), note. */
export const createMilestoneForm = (milestone: MilestoneDto) =>
  new FormGroup({
    plannedOn: new FormControl<Date | null>(dayFromApi(milestone.plannedOn)),
    actualOn: new FormControl<Date | null>(dayFromApi(milestone.actualOn), notFutureValidator),
    note: new FormControl(milestone.note ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(500),
    }),
  });

export function milestoneRequest(
  form: ReturnType<typeof createMilestoneForm>,
): SetMilestoneRequest {
  const value = form.getRawValue();
  return {
    plannedOn: dayToApi(value.plannedOn),
    actualOn: dayToApi(value.actualOn),
    note: trimmed(value.note),
  };
}

/** 提出协调问题. */
export const createProblemForm = () =>
  new FormGroup({
    description: text(2000, true, 2),
    assignedDepartmentId: new FormControl<string | null>(null, Validators.required),
    deadline: day(),
  });

export const createResolveForm = () => new FormGroup({ resolution: text(2000, true, 2) });

/** 落地: a new reserve project (with its planned start) or an existing one. */
export const createLandingForm = () => {
  const form = new FormGroup({
    mode: new FormControl<'new' | 'link'>('new', { nonNullable: true }),
    linkProjectId: new FormControl<string | null>(null),
    plannedStart: new FormControl<Date | null>(null),
  });
  form.controls.mode.valueChanges.subscribe((mode) => {
    form.controls.linkProjectId.setValidators(mode === 'link' ? Validators.required : null);
    form.controls.linkProjectId.updateValueAndValidity();
  });
  return form;
};

export function landingRequest(form: ReturnType<typeof createLandingForm>) {
  const value = form.getRawValue();
  return value.mode === 'link'
    ? { linkProjectId: value.linkProjectId, plannedStart: null }
    : { linkProjectId: null, plannedStart: dayToApi(value.plannedStart) };
}

/** 提醒设置: 里程碑提前提醒天数 1–60, 签约后无资金到位提醒天数 7–720. */
export const createSettingsForm = () =>
  new FormGroup({
    milestoneReminderDays: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(1),
      Validators.max(60),
    ]),
    noFundsAfterDays: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(7),
      Validators.max(720),
    ]),
  });

/** 统计口径 of one rate. */
export const createDefinitionForm = (definition: ContractRateDefinitionDto) =>
  new FormGroup({
    name: new FormControl(definition.name, {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(32)],
    }),
    numerator: new FormControl(definition.numerator, {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(200)],
    }),
    denominator: new FormControl(definition.denominator, {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(200)],
    }),
    scope: new FormControl(definition.scope, {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(500)],
    }),
  });
