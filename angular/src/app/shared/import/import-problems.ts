import { HttpErrorResponse } from '@angular/common/http';
import { SkippedRow } from '../../api/models/skipped-row';
import { problemText, readProblem } from '../../core/http/problem-details';

/** One bad cell of an import (row and column as the sheet shows them; `cell` like "F7", null when the column is missing). */
export interface ImportProblem {
  row: number;
  column: string;
  value: string | null;
  message: string;
  cell: string | null;
}

/** What a written name may be mapped to: departments only, towns only, or either. */
export type UnknownNameScope = 'Departments' | 'Towns' | 'Any';

/** A name the file writes that no department or town (nor any 简称) has: once, with its rows and the closest places. */
export interface UnknownName {
  column: string;
  written: string;
  scope: UnknownNameScope;
  rows: number[];
  suggestions: { id: string; name: string }[];
}

/** What every successful import answers beside its counts. */
export interface ImportResult {
  warnings: string[];
  skipped: SkippedRow[];
}

/** The 422 body of an import that was refused as a whole (`code: ImportInvalid`). */
export interface ImportInvalidProblem extends ImportResult {
  code: string;
  detail: string | null;
  /** Every problem found; `problems` lists at most the first 1,000 of them. */
  problemCount: number;
  problems: ImportProblem[];
  unknownNames: UnknownName[];
}

/** The refusal in an import failure, when the server said which cells are wrong. */
export function importInvalid(error: unknown): ImportInvalidProblem | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 422) {
    return null;
  }
  const body = readProblem(error) as Partial<ImportInvalidProblem> | null;
  if (body?.code !== 'ImportInvalid') {
    return null;
  }
  const problems = (body.problems ?? []).map((p) => ({ ...p, cell: p.cell ?? null }));
  return {
    code: body.code,
    detail: body.detail ?? null,
    problemCount: body.problemCount ?? problems.length,
    problems,
    warnings: body.warnings ?? [],
    skipped: body.skipped ?? [],
    unknownNames: body.unknownNames ?? [],
  };
}

/**
 * The server's reason for refusing the file itself (`ImportNotWorkbook`, `ImportFileSize`, `ImportTooLarge`,
 * `ImportInProgress`…), or null when the failure is not about the file or has no problem body (reported the usual
 * way, in the user's language).
 */
export function importFailureText(error: unknown): string | null {
  return error instanceof HttpErrorResponse &&
    (error.status === 400 || error.status === 413 || error.status === 422 || error.status === 429)
    ? problemText(readProblem(error), '') || null
    : null;
}

/** The user's own workbook with the bad cells marked: 计划.xlsx → 计划-错误标注.xlsx. */
export function errorWorkbookFileName(uploaded: string): string {
  return `${uploaded.replace(/\.xlsx$/i, '') || '导入文件'}-错误标注.xlsx`;
}
