import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Api } from '../../../api/api';
import { resetUserPassword } from '../../../api/fn/identity/reset-user-password';
import { UserDto } from '../../../api/models/user-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { passwordPolicy } from '../../../shared/validation/password-policy';

/** 重置密码 modal: sets a new password for another user. */
@Component({
  selector: 'app-reset-password-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'users.resetPasswordTitle' | translate: { name: user().displayName }"
      [nzOkText]="'common.save' | translate"
      [nzCancelText]="'common.cancel' | translate"
      [nzOkLoading]="saving()"
      (nzOnOk)="submit()"
      (nzOnCancel)="closed.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #errorTip let-control
          ><app-control-error [errors]="control.errors"
        /></ng-template>
        <nz-form-item>
          <nz-form-label nzRequired>{{ 'users.newPassword' | translate }}</nz-form-label>
          <nz-form-control
            [nzErrorTip]="errorTip"
            [nzExtra]="'validation.passwordHint' | translate"
          >
            <input
              nz-input
              type="password"
              formControlName="newPassword"
              autocomplete="new-password"
            />
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
})
export class ResetPasswordDialog {
  private readonly api = inject(Api);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);

  readonly user = input.required<UserDto>();
  readonly closed = output<void>();
  protected readonly saving = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    newPassword: ['', [Validators.required, passwordPolicy]],
  });

  protected submit(): void {
    const control = this.form.controls.newPassword;
    if (this.form.invalid) {
      control.markAsDirty();
      control.updateValueAndValidity();
      return;
    }
    this.saving.set(true);
    this.api
      .invoke(resetUserPassword, { id: this.user().id, body: { newPassword: control.value } })
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.message.success(this.translate.instant('users.resetPasswordDone'));
          this.closed.emit();
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.problems.report(error, this.form);
        },
      });
  }
}
