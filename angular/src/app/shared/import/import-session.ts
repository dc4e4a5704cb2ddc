import { signal } from '@angular/core';
import { Observable } from 'rxjs';
import { downloadExport } from '../download';
import {
  ImportInvalidProblem,
  errorWorkbookFileName,
  importFailureText,
  importInvalid,
} from './import-problems';

/** What an import dialog posts: the file to import, the same file for its marked copy, and how to report the rest. */
export interface ImportRequests<R> {
  import: (file: File) => Observable<R>;
  errorWorkbook: (file: File) => Observable<Blob>;
  report: (error: unknown) => void;
}

/**
 * The state of an import dialog: the picked .xlsx (kept in the browser until 开始导入), the all-or-nothing import,
 * and its outcome: the counts, every bad cell (with the marked workbook on demand), or the reason the file was refused.
 */
export class ImportSession<R> {
  readonly file = signal<File | null>(null);
  readonly importing = signal(false);
  readonly downloadingErrors = signal(false);
  readonly result = signal<R | null>(null);
  readonly invalid = signal<ImportInvalidProblem | null>(null);
  /** A refusal without cell problems (not a workbook, too large…): the server's text. */
  readonly failure = signal<string | null>(null);

  constructor(private readonly requests: ImportRequests<R>) {}

  /** The file input's `change`. */
  pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.clearOutcome();
  }

  /** Imports the picked file; `done` gets the result of a successful import. */
  submit(done: (result: R) => void): void {
    const file = this.file();
    if (!file) {
      return;
    }
    this.clearOutcome();
    this.importing.set(true);
    this.requests.import(file).subscribe({
      next: (result) => {
        this.importing.set(false);
        this.result.set(result);
        done(result);
      },
      error: (error: unknown) => {
        this.importing.set(false);
        this.onError(error);
      },
    });
  }

  /** 下载错误标注文件: the same file posted again; the server returns it with the bad cells marked. */
  downloadErrorWorkbook(): void {
    const file = this.file();
    if (!file) {
      return;
    }
    downloadExport(
      this.requests.errorWorkbook(file),
      errorWorkbookFileName(file.name),
      this.downloadingErrors,
      this.requests.report,
    );
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
