import { HttpErrorResponse } from '@angular/common/http';
import { GetBriefs$Params } from '../../../api/fn/scheduling/get-briefs';
import { readProblem } from '../../../core/http/problem-details';
import { Phrase } from '../statistics/statistics-model';
import { warningsYear } from '../warnings/warnings-model';

/** The 422 code of a month that has not come yet. */
export const BRIEF_PERIOD = 'Scheduling.BriefPeriod';

/** 2026, 3 → "2026年1-3月" (the brief covers the year up to the month). */
export const briefPeriod = (year: number, month: number): Phrase => ({
  key: 'scheduling.briefs.period',
  params: { year, month },
});

/**
 * The year the list opens on: `?year=` when plausible, `?year=all` for every year (null), else the year of the
 * month just ended (Asia/Shanghai).
 */
export function briefsYear(year: string | null | undefined, now = new Date()): number | null {
  return year === 'all' ? null : warningsYear(year, now);
}

/** The list's query: a year, or every year when none is chosen. */
export function briefQuery(year: number | null, page: number, pageSize: number): GetBriefs$Params {
  return { year: year ?? undefined, page, pageSize };
}

/** The Word document is saved under the brief's title. */
export const briefFileName = (title: string) => `${title}.docx`;

/**
 * Why the server refused to generate: a 422's sentence, or a 400's validation messages (Chinese, from the server);
 * null for any other failure (reported as usual).
 */
export function briefRefusal(error: unknown): string[] | null {
  if (!(error instanceof HttpErrorResponse) || (error.status !== 422 && error.status !== 400)) {
    return null;
  }
  const problem = readProblem(error);
  if (!problem) {
    return null;
  }
  const messages = Object.values(problem.errors ?? {}).flat();
  if (messages.length) {
    return messages;
  }
  return problem.detail ? [problem.detail] : problem.title ? [problem.title] : null;
}
