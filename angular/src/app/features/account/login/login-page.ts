import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { CHANGE_PASSWORD_URL } from '../../../core/auth/auth.guards';
import { AuthService } from '../../../core/auth/auth.service';
import { problemText, readProblem } from '../../../core/http/problem-details';
import { LanguageService } from '../../../core/i18n/language.service';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';

/** Only same-app paths are followed after login, never another origin. */
export function safeReturnUrl(returnUrl: string | null): string {
  return returnUrl &&
    returnUrl.startsWith('/') &&
    !returnUrl.startsWith('//') &&
    !returnUrl.startsWith('/login')
    ? returnUrl
    : '/';
}

@Component({
  selector: 'app-login-page',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.less',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    userName: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    this.auth.login(this.form.getRawValue()).subscribe({
      next: (user) => {
        this.submitting.set(false);
        const target = user.mustChangePassword
          ? CHANGE_PASSWORD_URL
          : safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'));
        void this.router.navigateByUrl(target);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(this.errorText(error));
      },
    });
  }

  private errorText(error: unknown): string {
    if (error instanceof HttpErrorResponse && error.status === 429) {
      return this.translate.instant('login.tooManyAttempts');
    }
    return problemText(readProblem(error), this.translate.instant('login.failed'));
  }
}
