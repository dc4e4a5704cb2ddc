import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { getPlanImportErrorWorkbook } from '../../../api/fn/reserve/get-plan-import-error-workbook';
import { importAnnualPlan } from '../../../api/fn/reserve/import-annual-plan';
import { PlanImportResultDto } from '../../../api/models/plan-import-result-dto';
import { problemText, readProblem } from '../../../core/http/problem-details';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { downloadExport } from '../../../shared/download';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { downloadPlanTemplate } from './plan-downloads';
import { errorWorkbookFileName } from './plan-model';

/** One bad cell of an import (row and column as the sheet shows them). */
export interface ImportProblem {
  row: number;
  column: string;
  value: string | null;
  message: string;
}

/** The 422 body of an import that was refused as a whole (`code: ImportInvalid`). */
export interface ImportInvalidProblem {
  code: string;
  detail: string | null;
  problems: ImportProblem[];
  warnings: string[];
}

/** The refusal in an import failure, when the server said which cells are wrong. */
export function importInvalid(error: unknown): ImportInvalidProblem | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 422) {
    return null;
  }
  const body = readProblem(error) as Partial<ImportInvalidProblem> | null;
  return body?.code === 'ImportInvalid'
    ? {
        code: body.code,
        detail: body.detail ?? null,
        problems: body.problems ?? [],
        warnings: body.warnings ?? [],
      }
    : null;
}

/**
 * 导入 modal: pick an .xlsx (kept in the browser until 开始导入), import it all-or-nothing, and show either the
 * counts or every bad cell, with the user's workbook marked up for download.
 */
@Component({
  selector: 'app-plan-import-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-import-dialog.html',
  styles: `
    .rules {
      padding-left: 20px;
      color: rgba(0, 0, 0, 0.65);
    }
    .picker {
      display: flex;
      gap: 8px;
      align-items: center;
      margin-bottom: 16px;
    }
    .block {
      margin-top: 16px;
    }
  `,
})
export class PlanImportDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly year = input.required<number>();
  readonly closed = output<void>();
  /** Emitted after a successful import, so the page reads the plan again. */
  readonly imported = output<PlanImportResultDto>();

  protected readonly file = signal<File | null>(null);
  protected readonly importing = signal(false);
  protected readonly downloadingErrors = signal(false);
  protected readonly downloadingTemplate = signal(false);
  protected readonly result = signal<PlanImportResultDto | null>(null);
  protected readonly invalid = signal<ImportInvalidProblem | null>(null);
  /** A refusal without cell problems (not a workbook, too large…): the server's text. */
  protected readonly failure = signal<string | null>(null);

  protected onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.clearOutcome();
  }

  private clearOutcome(): void {
    this.result.set(null);
    this.invalid.set(null);
    this.failure.set(null);
  }

  protected submit(): void {
    const file = this.file();
    if (!file) {
      return;
    }
    this.clearOutcome();
    this.importing.set(true);
    this.api.invoke(importAnnualPlan, { year: this.year(), body: { file } }).subscribe({
      next: (result) => {
        this.importing.set(false);
        this.result.set(result);
        this.imported.emit(result);
      },
      error: (error: unknown) => {
        this.importing.set(false);
        this.onError(error);
      },
    });
  }

  private onError(error: unknown): void {
    const invalid = importInvalid(error);
    if (invalid) {
      this.invalid.set(invalid);
    } else if (
      error instanceof HttpErrorResponse &&
      (error.status === 400 || error.status === 413 || error.status === 422)
    ) {
      this.failure.set(problemText(readProblem(error), error.message));
    } else {
      this.problems.report(error);
    }
  }

  /** 下载错误标注文件: the same file posted again; the server returns it with the bad cells marked. */
  protected downloadErrorWorkbook(): void {
    const file = this.file();
    if (!file) {
      return;
    }
    downloadExport(
      this.api.invoke(getPlanImportErrorWorkbook, { year: this.year(), body: { file } }),
      errorWorkbookFileName(file.name),
      this.downloadingErrors,
      (error) => this.problems.report(error),
    );
  }

  protected downloadTemplate(): void {
    downloadPlanTemplate(this.api, this.downloadingTemplate, (error) =>
      this.problems.report(error),
    );
  }
}
