import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { ControlError } from '../../shared/validation/control-error';
import { contractError } from './contracts-model';

/** A control's first error: this module's own (credit code, amount > 0, not in the future, file, range) or the usual. */
@Component({
  selector: 'app-contract-error',
  imports: [TranslatePipe, ControlError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (own(); as m) {
      {{ m.key | translate: m.params }}
    } @else {
      <app-control-error [errors]="errors()" />
    }`,
})
export class ContractError {
  readonly errors = input<ValidationErrors | null>(null);
  protected readonly own = computed(() => contractError(this.errors()));
}
