import { HttpErrorResponse } from '@angular/common/http';
import { problemText, readProblem } from '../../core/http/problem-details';

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
 * The server's reason for refusing the file itself (`ImportNotWorkbook`, `ImportFileSize`, too large…), or null
 * when the failure is not about the file or has no problem body (reported the usual way, in the user's language).
 */
export function importFailureText(error: unknown): string | null {
  return error instanceof HttpErrorResponse &&
    (error.status === 400 || error.status === 413 || error.status === 422)
    ? problemText(readProblem(error), '') || null
    : null;
}

/** The user's own workbook with the bad cells marked: 计划.xlsx → 计划-错误标注.xlsx. */
export function errorWorkbookFileName(uploaded: string): string {
  return `${uploaded.replace(/\.xlsx$/i, '') || '导入文件'}-错误标注.xlsx`;
}
