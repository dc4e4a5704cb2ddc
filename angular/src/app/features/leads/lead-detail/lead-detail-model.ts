import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { FollowUpKind } from '../../../api/models/follow-up-kind';
import { LeadDto } from '../../../api/models/lead-dto';
import { RecordFollowUpRequest } from '../../../api/models/record-follow-up-request';
import { SignLeadRequest } from '../../../api/models/sign-lead-request';
import { dayToApi, shanghaiToday } from '../../../shared/dates';
import { yuanFromWan } from '../../../shared/money';
import { notBlank } from '../../../shared/validation/not-blank';

const text = (required: boolean, min: number, max: number, value = '') =>
  new FormControl(value, {
    nonNullable: true,
    validators: [
      ...(required ? [Validators.required, notBlank, Validators.minLength(min)] : []),
      Validators.maxLength(max),
    ],
  });

/** A picked day after `today` (Asia/Shanghai) is refused: `{ future: true }`. */
export const notAfter =
  (today: Date): ValidatorFn =>
  (control: AbstractControl): ValidationErrors | null =>
    control.value instanceof Date && dayToApi(control.value)! > dayToApi(today)!
      ? { future: true }
      : null;

/** 万元 greater than zero (and at least one fen). */
export const positiveWan: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = control.value as number | null;
  return value === null || value === undefined || yuanFromWan(value) > 0
    ? null
    : { positive: true };
};

/**
 * 下一步计划: a planned action needs its date, and the date cannot be before the follow-up itself. The error is put on
 * the date control (so it shows there) and on the group.
 */
export const nextActionRule: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const form = group as FollowUpForm;
  const { nextAction, nextActionOn, occurredOn } = form.controls;
  let error: ValidationErrors | null = null;
  if (nextAction.value.trim() && !nextActionOn.value) {
    error = { nextDateRequired: true };
  } else if (
    nextActionOn.value &&
    occurredOn.value &&
    dayToApi(nextActionOn.value)! < dayToApi(occurredOn.value)!
  ) {
    error = { nextDateBeforeOccurred: true };
  }
  const merged: ValidationErrors = { ...(nextActionOn.errors ?? {}) };
  delete merged['nextDateRequired'];
  delete merged['nextDateBeforeOccurred'];
  Object.assign(merged, error);
  nextActionOn.setErrors(Object.keys(merged).length ? merged : null);
  return error;
};

export const createFollowUpForm = (today = shanghaiToday()) =>
  new FormGroup(
    {
      kind: new FormControl<FollowUpKind | null>(null, Validators.required),
      occurredOn: new FormControl<Date | null>(today, [Validators.required, notAfter(today)]),
      people: text(true, 1, 200),
      notes: text(true, 2, 2000),
      nextAction: text(false, 0, 200),
      nextActionOn: new FormControl<Date | null>(null),
    },
    { validators: nextActionRule },
  );

export type FollowUpForm = ReturnType<typeof createFollowUpForm>;

export function followUpRequest(form: FollowUpForm): RecordFollowUpRequest {
  const value = form.getRawValue();
  const nextAction = value.nextAction.trim() || null;
  return {
    kind: value.kind,
    occurredOn: dayToApi(value.occurredOn),
    people: value.people.trim(),
    notes: value.notes.trim(),
    nextAction,
    nextActionOn: dayToApi(value.nextActionOn),
  };
}

/** 签约: the signing event defaults to the lead's source detail (e.g. the fair), the project name to its intent. */
export const createSignForm = (lead: LeadDto, today = shanghaiToday()) =>
  new FormGroup({
    contractNumber: text(true, 2, 40),
    signedOn: new FormControl<Date | null>(today, [Validators.required, notAfter(today)]),
    signingEvent: text(false, 0, 100, lead.sourceDetail ?? ''),
    contractedAmount: new FormControl<number | null>(null, [Validators.required, positiveWan]),
    projectName: text(true, 2, 100, lead.projectIntent.slice(0, 100)),
    responsibleDepartmentId: new FormControl<string | null>(null, Validators.required),
  });

export type SignForm = ReturnType<typeof createSignForm>;

export function signRequest(form: SignForm, concurrencyStamp: string): SignLeadRequest {
  const value = form.getRawValue();
  return {
    contractNumber: value.contractNumber.trim(),
    signedOn: dayToApi(value.signedOn),
    signingEvent: value.signingEvent.trim() || null,
    contractedAmount: yuanFromWan(value.contractedAmount!),
    projectName: value.projectName.trim(),
    responsibleDepartmentId: value.responsibleDepartmentId,
    concurrencyStamp,
  };
}

export const createAbandonForm = () => new FormGroup({ reason: text(true, 2, 500) });

export const createAssignForm = (ownerUserId: string | null) =>
  new FormGroup({ ownerUserId: new FormControl<string | null>(ownerUserId, Validators.required) });
