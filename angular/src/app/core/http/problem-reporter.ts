import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { applyProblemErrors, problemText, readProblem } from './problem-details';

/** Shows a failed request to the user: field errors on the form, the rest as a message. */
@Injectable({ providedIn: 'root' })
export class ProblemReporter {
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);

  report(error: unknown, form?: FormGroup): void {
    if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
      return; // handled by authErrorInterceptor
    }
    if (error instanceof HttpErrorResponse && error.status === 409) {
      const problem = readProblem(error);
      this.message.error(problem?.detail || this.translate.instant('errors.conflict'));
      return;
    }
    const problem = readProblem(error);
    const unmatched = form
      ? applyProblemErrors(form, problem)
      : Object.values(problem?.errors ?? {}).flat();
    const fieldErrorsShown = form && Object.keys(problem?.errors ?? {}).length > unmatched.length;
    if (unmatched.length) {
      this.message.error(unmatched.join(' '));
    } else if (problem?.detail || !fieldErrorsShown) {
      this.message.error(problemText(problem, this.translate.instant('errors.unexpected')));
    }
  }
}
