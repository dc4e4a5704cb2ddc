import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

export const PASSWORD_MIN_LENGTH = 8;
const CHARACTER_CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** At least 8 characters drawn from at least 3 of: upper case, lower case, digits, symbols. */
export const passwordPolicy: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: string = control.value ?? '';
  if (!value) {
    return null; // `required` reports the empty case
  }
  if (value.length < PASSWORD_MIN_LENGTH) {
    return { passwordLength: { requiredLength: PASSWORD_MIN_LENGTH } };
  }
  const classes = CHARACTER_CLASSES.filter((pattern) => pattern.test(value)).length;
  return classes >= 3 ? null : { passwordClasses: true };
};

/** The control must equal its sibling `otherField`; re-validate it when the sibling changes. */
export function matchesField(otherField: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const other = control.parent?.get(otherField);
    if (!other || !control.value) {
      return null;
    }
    return control.value === other.value ? null : { mismatch: true };
  };
}
