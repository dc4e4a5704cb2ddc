import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { Api } from '../../../api/api';
import { getProgressImportErrorWorkbook } from '../../../api/fn/scheduling/get-progress-import-error-workbook';
import { importMonthlyProgress } from '../../../api/fn/scheduling/import-monthly-progress';
import { ProgressImportResultDto } from '../../../api/models/progress-import-result-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { ImportDialog, ImportRule } from '../../../shared/import/import-dialog';
import { ImportSession } from '../../../shared/import/import-session';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { downloadProgressTemplate } from './progress-downloads';

/**
 * 导入 modal for a year's monthly progress: pick an .xlsx (rows name their 报告月份), import it all-or-nothing, and
 * show either the counts or every bad cell, with the user's workbook marked up for download.
 */
@Component({
  selector: 'app-progress-import-dialog',
  imports: [SHARED_IMPORTS, ImportDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-import-dialog
      testIdPrefix="progress-import"
      templateTestId="progress-import-template"
      templateLabelKey="scheduling.template"
      countsKey="scheduling.importDialog.counts"
      [title]="'scheduling.importDialog.title' | translate: { year: year() }"
      [rules]="rules()"
      [session]="session"
      [downloadingTemplate]="downloadingTemplate()"
      (closed)="closed.emit()"
      (submitted)="submit()"
      (downloadTemplate)="downloadTemplate()"
    />
  `,
})
export class ProgressImportDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly year = input.required<number>();
  readonly closed = output<void>();
  /** Emitted after a successful import, so the page reads the month again. */
  readonly imported = output<ProgressImportResultDto>();

  protected readonly rules = computed<ImportRule[]>(() => [
    { key: 'scheduling.importDialog.ruleSheet' },
    { key: 'scheduling.importDialog.ruleAmounts' },
    { key: 'scheduling.importDialog.ruleCumulative' },
    { key: 'scheduling.importDialog.ruleMatch', params: { year: this.year() } },
    { key: 'scheduling.importDialog.ruleAllOrNothing' },
    { key: 'scheduling.importDialog.ruleRepeat' },
  ]);
  protected readonly downloadingTemplate = signal(false);
  protected readonly session = new ImportSession<ProgressImportResultDto>({
    import: (file) => this.api.invoke(importMonthlyProgress, { year: this.year(), body: { file } }),
    errorWorkbook: (file) =>
      this.api.invoke(getProgressImportErrorWorkbook, { year: this.year(), body: { file } }),
    report: (error) => this.problems.report(error),
  });

  protected submit(): void {
    this.session.submit((result) => this.imported.emit(result));
  }

  protected downloadTemplate(): void {
    downloadProgressTemplate(this.api, this.downloadingTemplate, (error) =>
      this.problems.report(error),
    );
  }
}
