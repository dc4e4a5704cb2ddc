import { FormControl, FormGroup, Validators } from '@angular/forms';
import { IndustryDto } from '../../../api/models/industry-dto';
import { SaveIndustryRequest } from '../../../api/models/save-industry-request';
import { notBlank } from '../../../shared/validation/not-blank';

/** 产业代码: 2–32 capital letters, digits or underscores, starting with a letter (as the server checks). */
export const INDUSTRY_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,31}$/;

export const createIndustryForm = () =>
  new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(INDUSTRY_CODE_PATTERN)],
    }),
    name: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        notBlank,
        Validators.minLength(2),
        Validators.maxLength(50),
      ],
    }),
    chain: new FormControl('', { nonNullable: true, validators: Validators.maxLength(1000) }),
    targets: new FormControl('', { nonNullable: true, validators: Validators.maxLength(2000) }),
    sortOrder: new FormControl<number>(0, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(10000)],
    }),
    isActive: new FormControl(true, { nonNullable: true }),
  });

export type IndustryForm = ReturnType<typeof createIndustryForm>;

/** Fills the form from an entry; its code cannot change, so the field is disabled. */
export function patchIndustryForm(form: IndustryForm, industry: IndustryDto): void {
  form.patchValue({
    code: industry.code,
    name: industry.name,
    chain: industry.chain,
    targets: industry.targets,
    sortOrder: industry.sortOrder,
    isActive: industry.isActive,
  });
  form.controls.code.disable();
}

/** A new entry goes after the last one (by tens). */
export function nextSortOrder(industries: IndustryDto[]): number {
  return industries.reduce((max, i) => Math.max(max, i.sortOrder), 0) + 10;
}

/** The body of POST/PUT /leads/industries: trimmed texts, one target per line without blank lines. */
export function industryRequest(
  form: IndustryForm,
  concurrencyStamp: string | null,
): SaveIndustryRequest {
  const value = form.getRawValue();
  return {
    code: value.code.trim(),
    name: value.name.trim(),
    chain: value.chain.trim(),
    targets: targetLines(value.targets).join('\n'),
    sortOrder: value.sortOrder,
    isActive: value.isActive,
    concurrencyStamp,
  };
}

/** The target companies of an entry, one per line. */
export function targetLines(targets: string | null | undefined): string[] {
  return (targets ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
