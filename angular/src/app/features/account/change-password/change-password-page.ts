import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Api } from '../../../api/api';
import { changePassword } from '../../../api/fn/account/change-password';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { matchesField, passwordPolicy } from '../../../shared/validation/password-policy';
import { revealErrors } from '../../../shared/validation/reveal-errors';

@Component({
  selector: 'app-change-password-page',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password-page.html',
  styles: `
    .wrapper {
      max-width: 480px;
      margin: 48px auto;
    }
  `,
})
export class ChangePasswordPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);
  protected readonly auth = inject(AuthService);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, passwordPolicy]],
    confirmPassword: ['', [Validators.required, matchesField('newPassword')]],
  });
  protected readonly submitting = signal(false);

  constructor() {
    this.form.controls.newPassword.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.confirmPassword.updateValueAndValidity());
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.submitting.set(true);
    this.api.invoke(changePassword, { body: { currentPassword, newPassword } }).subscribe({
      next: () => {
        this.submitting.set(false);
        this.auth.passwordChanged();
        this.message.success(this.translate.instant('changePassword.success'));
        void this.router.navigateByUrl('/');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.problems.report(error, this.form);
      },
    });
  }
}
