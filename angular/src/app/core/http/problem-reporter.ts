import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, WritableSignal, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Observable } from 'rxjs';
import { applyProblemErrors, problemText, readProblem } from './problem-details';

/** What a dialog's save does around its request (see {@link ProblemReporter.save}). */
export interface SaveOptions<T> {
  saving: WritableSignal<boolean>;
  form?: FormGroup;
  saved: (value: T) => void;
  /** Someone else changed the record first (409): the caller reloads it. */
  stale: () => void;
  /** A failure the caller handles itself (e.g. a refusal to confirm): return true to skip the usual report. */
  refused?: (error: unknown) => boolean;
}

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

  /**
   * Runs a dialog's save: `saving` is on meanwhile; success says 已保存 and hands over the result; a stale edit
   * says so (the server's sentence when it sent one) and calls `stale`; any other failure is reported on the form or as a message.
   */
  save<T>(request: Observable<T>, options: SaveOptions<T>): void {
    options.saving.set(true);
    request.subscribe({
      next: (value) => {
        options.saving.set(false);
        this.message.success(this.translate.instant('common.saved'));
        options.saved(value);
      },
      error: (error: unknown) => {
        options.saving.set(false);
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.message.error(
            readProblem(error)?.detail || this.translate.instant('errors.concurrency'),
          );
          options.stale();
          return;
        }
        if (options.refused?.(error)) {
          return;
        }
        this.report(error, options.form);
      },
    });
  }
}
