import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { AbstractControl, FormBuilder, ValidationErrors } from '@angular/forms';
import { Api } from '../../../api/api';
import { replaceDepartmentAliases } from '../../../api/fn/identity/replace-department-aliases';
import { DepartmentDto } from '../../../api/models/department-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';

export const ALIAS_MAX_LENGTH = 64;

/** Every alias fits the server's limit (the server also refuses aliases held by other departments). */
function aliasesFit(control: AbstractControl<string[]>): ValidationErrors | null {
  const longest = Math.max(0, ...control.value.map((alias) => alias.trim().length));
  return longest > ALIAS_MAX_LENGTH
    ? { maxlength: { requiredLength: ALIAS_MAX_LENGTH, actualLength: longest } }
    : null;
}

/** 设置简称 modal: the 简称 imports accept for a department or town (区发改委, 石灰窑乡 …), replaced as a whole. */
@Component({
  selector: 'app-department-aliases-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'departments.aliasesTitle' | translate: { name: department().name }"
      [nzOkText]="'common.save' | translate"
      [nzCancelText]="'common.cancel' | translate"
      [nzOkLoading]="saving()"
      [nzMaskClosable]="false"
      (nzOnOk)="submit()"
      (nzOnCancel)="closed.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #errorTip let-control
          ><app-control-error [errors]="control.errors"
        /></ng-template>
        <nz-form-item>
          <nz-form-label>{{ 'departments.aliases' | translate }}</nz-form-label>
          <nz-form-control
            [nzErrorTip]="errorTip"
            [nzExtra]="'departments.aliasesHint' | translate"
          >
            <nz-select
              formControlName="aliases"
              nzMode="tags"
              [nzTokenSeparators]="separators"
              [nzPlaceHolder]="'departments.aliasesPlaceholder' | translate"
              data-testid="department-aliases-select"
            />
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
})
export class DepartmentAliasesDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly department = input.required<DepartmentDto>();
  readonly closed = output<void>();
  readonly saved = output<DepartmentDto>();
  /** Someone else changed the department first: the page reloads it. */
  readonly stale = output<void>();

  protected readonly separators = [',', '，', '、', ';', '；'];
  protected readonly saving = signal(false);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    aliases: this.fb.control<string[]>([], aliasesFit),
  });

  ngOnInit(): void {
    this.form.reset({ aliases: [...this.department().aliases] });
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const aliases = this.form
      .getRawValue()
      .aliases.map((alias) => alias.trim())
      .filter((alias) => alias.length > 0);
    const department = this.department();
    this.problems.save(
      this.api.invoke(replaceDepartmentAliases, {
        id: department.id,
        body: { aliases, concurrencyStamp: department.concurrencyStamp },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (saved) => this.saved.emit(saved),
        stale: () => this.stale.emit(),
      },
    );
  }
}
