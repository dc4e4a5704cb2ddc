import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Text of only spaces counts as missing: `{ required: true }`, so the usual 必填 message shows. */
export const notBlank: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value && !control.value.trim()
    ? { required: true }
    : null;
