import { AbstractControl } from '@angular/forms';

/**
 * Before submitting: when the form is invalid, mark every control dirty so its inline message shows,
 * and say so. Usage: `if (revealErrors(this.form)) return;`
 */
export function revealErrors(form: AbstractControl & { controls: Record<string, AbstractControl> }): boolean {
  if (form.valid) {
    return false;
  }
  Object.values(form.controls).forEach((control) => {
    control.markAsDirty();
    control.updateValueAndValidity();
  });
  return true;
}
