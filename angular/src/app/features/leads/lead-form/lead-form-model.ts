import { AbstractControl, FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { IndustryDto } from '../../../api/models/industry-dto';
import { LeadContactDto } from '../../../api/models/lead-contact-dto';
import { LeadDto } from '../../../api/models/lead-dto';
import { LeadSource } from '../../../api/models/lead-source';
import { SaveLeadRequest } from '../../../api/models/save-lead-request';
import { wanFromYuan, yuanFromWan } from '../../../shared/money';
import { notBlank } from '../../../shared/validation/not-blank';

export const MAX_CONTACTS = 10;

/** 统一社会信用代码: 18 digits or capital letters (the server checks the check digit). */
export const CREDIT_CODE_PATTERN = /^[0-9A-Z]{18}$/;
const PHONE_PATTERN = /^[0-9+\-() ]{5,20}$/;

const text = (required: boolean, min: number, max: number) =>
  new FormControl('', {
    nonNullable: true,
    validators: [
      ...(required ? [Validators.required, notBlank, Validators.minLength(min)] : []),
      Validators.maxLength(max),
    ],
  });

export const contactRow = (contact?: LeadContactDto) =>
  new FormGroup({
    name: new FormControl(contact?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(32)],
    }),
    title: new FormControl(contact?.title ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(32),
    }),
    phone: new FormControl(contact?.phone ?? '', {
      nonNullable: true,
      validators: Validators.pattern(PHONE_PATTERN),
    }),
    email: new FormControl(contact?.email ?? '', {
      nonNullable: true,
      validators: [Validators.email, Validators.maxLength(100)],
    }),
  });

export type ContactRow = ReturnType<typeof contactRow>;

export const createLeadForm = () =>
  new FormGroup({
    companyName: text(true, 2, 100),
    creditCode: new FormControl('', {
      nonNullable: true,
      validators: Validators.pattern(CREDIT_CODE_PATTERN),
    }),
    projectIntent: text(true, 2, 500),
    industryCode: new FormControl<string | null>(null, Validators.required),
    intendedInvestment: new FormControl<number | null>(null, Validators.min(0)),
    source: new FormControl<LeadSource | null>(null, Validators.required),
    sourceDetail: text(false, 0, 100),
    contacts: new FormArray<ContactRow>([]),
    ownerUserId: new FormControl<string | null>(null),
  });

export type LeadForm = ReturnType<typeof createLeadForm>;

/** Fills the form from a lead and its contacts (yuan → 万元). */
export function patchLeadForm(form: LeadForm, lead: LeadDto, contacts: LeadContactDto[]): void {
  form.controls.contacts.clear();
  contacts.forEach((contact) => form.controls.contacts.push(contactRow(contact)));
  form.patchValue({
    companyName: lead.companyName,
    creditCode: lead.creditCode ?? '',
    projectIntent: lead.projectIntent,
    industryCode: lead.industryCode,
    intendedInvestment:
      lead.intendedInvestment === null ? null : wanFromYuan(lead.intendedInvestment),
    source: lead.source,
    sourceDetail: lead.sourceDetail ?? '',
    ownerUserId: lead.ownerUserId,
  });
}

/**
 * The body of POST/PUT /leads: trimmed texts, blanks as null, 万元 → yuan, the credit code in capitals. The owner is
 * sent only by 统筹 (others always enter their own leads).
 */
export function leadRequest(
  form: LeadForm,
  options: {
    canSupervise: boolean;
    acknowledgeDuplicates: boolean;
    concurrencyStamp: string | null;
  },
): SaveLeadRequest {
  const value = form.getRawValue();
  return {
    companyName: value.companyName.trim(),
    creditCode: value.creditCode.trim().toUpperCase() || null,
    projectIntent: value.projectIntent.trim(),
    industryCode: value.industryCode,
    intendedInvestment:
      value.intendedInvestment === null ? null : yuanFromWan(value.intendedInvestment),
    source: value.source,
    sourceDetail: value.sourceDetail.trim() || null,
    contacts: value.contacts.map((c) => ({
      name: c.name.trim(),
      title: c.title.trim() || null,
      phone: c.phone.trim() || null,
      email: c.email.trim() || null,
    })),
    ownerUserId: options.canSupervise ? value.ownerUserId : null,
    acknowledgeDuplicates: options.acknowledgeDuplicates,
    concurrencyStamp: options.concurrencyStamp,
  };
}

/** The industries a lead may be filed under: the active ones, and the lead's own even when retired. */
export function selectableIndustries(
  industries: IndustryDto[],
  current: string | null,
): IndustryDto[] {
  return industries.filter((i) => i.isActive || i.code === current);
}

/** Before saving: when the form is invalid, mark every control (contacts too) dirty so its message shows. */
export function revealLeadForm(form: LeadForm): boolean {
  if (form.valid) {
    return false;
  }
  const reveal = (control: AbstractControl) => {
    control.markAsDirty();
    control.markAsTouched();
    if (control instanceof FormGroup || control instanceof FormArray) {
      Object.values(control.controls).forEach((child: AbstractControl) => reveal(child));
    }
    control.updateValueAndValidity({ onlySelf: true });
  };
  reveal(form);
  return true;
}
