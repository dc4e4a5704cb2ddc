import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

interface ErrorMessage {
  key?: string;
  params?: Record<string, unknown>;
  text?: string;
}

/** Turns a control's first validation error into a translated inline message. */
export function errorMessage(
  errors: ValidationErrors | null,
  patternKey = 'validation.pattern',
): ErrorMessage | null {
  if (!errors) {
    return null;
  }
  if (errors['server']) return { text: errors['server'] };
  if (errors['required']) return { key: 'validation.required' };
  if (errors['minlength']) return { key: 'validation.minLength', params: errors['minlength'] };
  if (errors['maxlength']) return { key: 'validation.maxLength', params: errors['maxlength'] };
  if (errors['pattern']) return { key: patternKey };
  if (errors['email']) return { key: 'validation.email' };
  if (errors['passwordLength'])
    return { key: 'validation.passwordLength', params: errors['passwordLength'] };
  if (errors['passwordClasses']) return { key: 'validation.passwordClasses' };
  if (errors['mismatch']) return { key: 'validation.mismatch' };
  return { key: 'validation.invalid' };
}

@Component({
  selector: 'app-control-error',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (message(); as m) {
    {{ m.text ?? (m.key! | translate: m.params) }}
  }`,
})
export class ControlError {
  readonly errors = input<ValidationErrors | null>(null);
  readonly patternKey = input('validation.pattern');
  protected readonly message = computed(() => errorMessage(this.errors(), this.patternKey()));
}
