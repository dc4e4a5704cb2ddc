import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { Observable, catchError, concatMap, from, map, of, toArray } from 'rxjs';
import { problemText, readProblem } from '../../core/http/problem-details';
import { downloadExport } from '../download';
import {
  ImportInvalidProblem,
  errorWorkbookFileName,
  importFailureText,
  importInvalid,
} from './import-problems';

/** The multipart body of an import and of its marked copy: the file, and the user's mappings as JSON. */
export interface ImportBody {
  file: Blob;
  nameMappings?: string;
}

/** What an import session posts and whom it tells. */
export interface ImportRequests<R> {
  import(body: ImportBody): Observable<R>;
  errorWorkbook(body: ImportBody): Observable<Blob>;
  /** 记住此简称: POST /api/identity/department-aliases. */
  saveAlias(departmentId: string, alias: string): Observable<unknown>;
  imported(result: R): void;
  report(error: unknown): void;
}

/** The user's choice for a name the file writes that no department or town has. */
export interface NameChoice {
  written: string;
  departmentId: string;
  /** Save the name as the place's 简称 before importing. */
  remember: boolean;
}

/**
 * The state of an import dialog: the picked .xlsx (kept in the browser until 开始导入), the all-or-nothing import,
 * and its outcome: the counts, every bad cell (with the marked workbook on demand), or the reason the file was refused.
 * After a refusal naming unknown units or towns, the same file is imported again with the user's mappings.
 */
export class ImportSession<R> {
  readonly file = signal<File | null>(null);
  readonly importing = signal(false);
  readonly downloadingErrors = signal(false);
  readonly result = signal<R | null>(null);
  readonly invalid = signal<ImportInvalidProblem | null>(null);
  /** A refusal without cell problems (not a workbook, too large, still importing…): the server's text. */
  readonly failure = signal<string | null>(null);
  /** The mappings sent with this file (`{"区卫健委": "<department id>"}`), for this import only. */
  readonly mappings = signal<Record<string, string>>({});
  /** The 简称 the server would not save, by written name, with its reason. */
  readonly aliasFailures = signal<Record<string, string>>({});

  constructor(private readonly requests: ImportRequests<R>) {}

  /** The file input's `change`: a new file starts over, without mappings. */
  pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.mappings.set({});
    this.aliasFailures.set({});
    this.clearOutcome();
  }

  /** 开始导入: the picked file as it is. */
  submit(): void {
    const file = this.file();
    if (!file || this.importing()) {
      return;
    }
    this.clearOutcome();
    this.mappings.set({});
    this.aliasFailures.set({});
    this.send(file);
  }

  /**
   * 按所选对应重新导入: saves each remembered 简称 in turn (a refusal is kept for its name, the rest go on), then imports
   * the same file again with every chosen mapping. The refusal stays on screen until the server answers.
   */
  reimport(choices: NameChoice[]): void {
    const file = this.file();
    if (!file || this.importing() || choices.length === 0) {
      return;
    }
    this.importing.set(true);
    this.result.set(null);
    this.failure.set(null);
    this.aliasFailures.set({});
    from(choices.filter((choice) => choice.remember))
      .pipe(
        concatMap((choice) =>
          this.requests.saveAlias(choice.departmentId, choice.written).pipe(
            map(() => null),
            catchError((error: unknown) => of({ written: choice.written, error })),
          ),
        ),
        toArray(),
      )
      .subscribe((outcomes) => {
        const failures: Record<string, string> = {};
        for (const failed of outcomes) {
          const text = failed && aliasRefusal(failed.error);
          if (failed && text) {
            failures[failed.written] = text;
          } else if (failed) {
            this.requests.report(failed.error);
          }
        }
        this.aliasFailures.set(failures);
        const chosen = Object.fromEntries(choices.map((c) => [c.written, c.departmentId]));
        this.mappings.update((mappings) => ({ ...mappings, ...chosen }));
        this.send(file);
      });
  }

  /** 下载错误标注文件: the same file (with the same mappings) posted again; the server marks its bad cells. */
  downloadErrorWorkbook(): void {
    const file = this.file();
    if (!file) {
      return;
    }
    downloadExport(
      this.requests.errorWorkbook(this.body(file)),
      errorWorkbookFileName(file.name),
      this.downloadingErrors,
      (error) => this.requests.report(error),
    );
  }

  private send(file: File): void {
    this.importing.set(true);
    this.requests.import(this.body(file)).subscribe({
      next: (result) => {
        this.importing.set(false);
        this.invalid.set(null);
        this.result.set(result);
        this.requests.imported(result);
      },
      error: (error: unknown) => {
        this.importing.set(false);
        this.onError(error);
      },
    });
  }

  private body(file: File): ImportBody {
    const mappings = this.mappings();
    return Object.keys(mappings).length > 0
      ? { file, nameMappings: JSON.stringify(mappings) }
      : { file };
  }

  private clearOutcome(): void {
    this.result.set(null);
    this.invalid.set(null);
    this.failure.set(null);
  }

  private onError(error: unknown): void {
    const invalid = importInvalid(error);
    const failure = invalid ? null : importFailureText(error);
    if (invalid) {
      this.invalid.set(invalid);
    } else if (failure !== null) {
      this.failure.set(failure);
    } else {
      this.requests.report(error);
    }
  }
}

/** Why the server would not save a 简称 (another place's, too long, the place gone…); null for failures reported as usual. */
function aliasRefusal(error: unknown): string | null {
  return error instanceof HttpErrorResponse && [400, 404, 422].includes(error.status)
    ? problemText(readProblem(error), '') || null
    : null;
}
