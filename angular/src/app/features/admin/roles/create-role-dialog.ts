import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Api } from '../../../api/api';
import { createRole } from '../../../api/fn/identity/create-role';
import { RoleDto } from '../../../api/models/role-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';

/** 新建角色 modal. */
@Component({
  selector: 'app-create-role-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'roles.create' | translate"
      [nzOkText]="'common.save' | translate"
      [nzCancelText]="'common.cancel' | translate"
      [nzOkLoading]="saving()"
      (nzOnOk)="submit()"
      (nzOnCancel)="closed.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #errorTip let-control
          ><app-control-error [errors]="control.errors" patternKey="roles.namePattern"
        /></ng-template>
        <nz-form-item>
          <nz-form-label nzRequired>{{ 'roles.name' | translate }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip"
            ><input nz-input formControlName="name"
          /></nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired>{{ 'roles.displayName' | translate }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip"
            ><input nz-input formControlName="displayName"
          /></nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label>{{ 'roles.description' | translate }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <textarea nz-input rows="3" formControlName="description"></textarea>
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
})
export class CreateRoleDialog {
  private readonly api = inject(Api);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);

  readonly closed = output<void>();
  readonly created = output<RoleDto>();
  protected readonly saving = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [
      '',
      [Validators.required, Validators.maxLength(64), Validators.pattern(/^[A-Za-z0-9_.-]+$/)],
    ],
    displayName: ['', [Validators.required, Validators.maxLength(64)]],
    description: ['', Validators.maxLength(256)],
  });

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const { name, displayName, description } = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .invoke(createRole, {
        body: {
          name: name.trim(),
          displayName: displayName.trim(),
          description: description.trim() || null,
        },
      })
      .subscribe({
        next: (role) => {
          this.saving.set(false);
          this.message.success(this.translate.instant('common.saved'));
          this.created.emit(role);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.problems.report(error, this.form);
        },
      });
  }
}
