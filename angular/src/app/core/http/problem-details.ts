import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormGroup } from '@angular/forms';

/** RFC 7807 problem body as sent by the backend (application/problem+json). */
export interface Problem {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  errors?: Record<string, string[]> | null;
}

/** Extracts the problem body of a failed request, or null when the error carries none. */
export function readProblem(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  if (
    body &&
    typeof body === 'object' &&
    ('title' in body || 'detail' in body || 'errors' in body)
  ) {
    return body as Problem;
  }
  return null;
}

/** The text to show for a problem: its detail, else its title, else the fallback. */
export function problemText(problem: Problem | null, fallback: string): string {
  return problem?.detail || problem?.title || fallback;
}

function findControl(form: FormGroup, field: string): AbstractControl | null {
  const path = field.split('.').map((part) => part.charAt(0).toLowerCase() + part.slice(1));
  return form.get(path) ?? form.get(field);
}

/**
 * Puts each `errors[field]` message on the matching form control as a `server` error.
 * Returns the messages that matched no control (to be shown elsewhere).
 */
export function applyProblemErrors(form: FormGroup, problem: Problem | null): string[] {
  const unmatched: string[] = [];
  for (const [field, messages] of Object.entries(problem?.errors ?? {})) {
    const control = field ? findControl(form, field) : null;
    if (!control) {
      unmatched.push(...messages);
      continue;
    }
    // Dirty first: ng-zorro decides whether to show an error when the status changes, and only shows it on a dirty control.
    control.markAsDirty();
    control.markAsTouched();
    control.setErrors({ ...(control.errors ?? {}), server: messages.join(' ') });
  }
  return unmatched;
}
