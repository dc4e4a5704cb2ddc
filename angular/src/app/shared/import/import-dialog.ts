import {
  ChangeDetectionStrategy,
  Component,
  booleanAttribute,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { Observable } from 'rxjs';
import { Api } from '../../api/api';
import { addDepartmentAlias } from '../../api/fn/identity/add-department-alias';
import { ProblemReporter } from '../../core/http/problem-reporter';
import { downloadExport } from '../download';
import { SHARED_IMPORTS } from '../shared-imports';
import { ImportNameMapping } from './import-name-mapping';
import { ImportResult } from './import-problems';
import { ImportProblemsTable } from './import-problems-table';
import { ImportBody, ImportSession } from './import-session';
import { ImportSkippedRows } from './import-skipped-rows';

/** A line of the dialog's rules: a translation key and its parameters. */
export interface ImportRule {
  key: string;
  params?: Record<string, unknown>;
}

/** A feature's own rules: `prefix.rule` for each rule. */
export function importRules(prefix: string, rules: string[]): ImportRule[] {
  return rules.map((rule) => ({ key: `${prefix}.${rule}` }));
}

/** What a feature's import posts to: its generated functions, called with the dialog's body. */
export interface ImportEndpoints<R> {
  import(body: ImportBody): Observable<R>;
  errorWorkbook(body: ImportBody): Observable<Blob>;
  template(): Observable<Blob>;
  templateFileName: string;
}

/** The rules every import shares, after the feature's own (`writesNames`: the file names units or towns). */
function sharedRules(writesNames: boolean): ImportRule[] {
  const names = writesNames ? ['ruleNames'] : [];
  return ['ruleLayout', 'ruleAmounts', ...names, 'ruleAllOrNothing', 'ruleRepeat'].map((rule) => ({
    key: `import.${rule}`,
  }));
}

/**
 * The modal every workbook import shares: its rules, the file picker and template download, then either the counts
 * (with the workbook's warnings and skipped rows) or the refusal: every bad cell with the marked workbook to download,
 * and the unknown names to map before importing the same file again. Test ids start with `{testIdPrefix}-`: `dialog`,
 * `rules`, `file`, `template`, `failure`, `result`, `counts`, `warnings`, `alias-failures`, `skipped`, `close`,
 * `submit`, and those of the problems and the mapping panel.
 */
@Component({
  selector: 'app-import-dialog',
  imports: [SHARED_IMPORTS, ImportProblemsTable, ImportNameMapping, ImportSkippedRows],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './import-dialog.css',
  templateUrl: './import-dialog.html',
})
export class ImportDialog<R extends ImportResult> {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly title = input.required<string>();
  readonly testIdPrefix = input.required<string>();
  /** The feature's own rules; the shared ones follow. */
  readonly rules = input.required<ImportRule[]>();
  /** The file names units or towns (written by 简称, mapped when unknown). */
  readonly writesNames = input(false, { transform: booleanAttribute });
  /** Translation key of the counts line; the import's result is its parameters. */
  readonly countsKey = input.required<string>();
  readonly endpoints = input.required<ImportEndpoints<R>>();

  readonly closed = output<void>();
  /** After a successful import, so the page reads its data again. */
  readonly imported = output<R>();

  protected readonly allRules = computed(() => [
    ...this.rules(),
    ...sharedRules(this.writesNames()),
  ]);
  protected readonly downloadingTemplate = signal(false);
  protected readonly session = new ImportSession<R>({
    import: (body) => this.endpoints().import(body),
    errorWorkbook: (body) => this.endpoints().errorWorkbook(body),
    saveAlias: (departmentId, alias) =>
      this.api.invoke(addDepartmentAlias, { body: { departmentId, alias } }),
    imported: (result) => this.imported.emit(result),
    report: (error) => this.problems.report(error),
  });
  /** 简称 that could not be remembered, as [name, reason]. */
  protected readonly aliasFailures = computed(() => Object.entries(this.session.aliasFailures()));

  protected downloadTemplate(): void {
    downloadExport(
      this.endpoints().template(),
      this.endpoints().templateFileName,
      this.downloadingTemplate,
      (error) => this.problems.report(error),
    );
  }
}
