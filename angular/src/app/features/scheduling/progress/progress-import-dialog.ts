import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { Api } from '../../../api/api';
import { getProgressImportErrorWorkbook } from '../../../api/fn/scheduling/get-progress-import-error-workbook';
import { getProgressImportTemplate } from '../../../api/fn/scheduling/get-progress-import-template';
import { importMonthlyProgress } from '../../../api/fn/scheduling/import-monthly-progress';
import { ProgressImportResultDto } from '../../../api/models/progress-import-result-dto';
import { ImportDialog, ImportEndpoints, ImportRule } from '../../../shared/import/import-dialog';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { PROGRESS_TEMPLATE_FILE_NAME } from './progress-model';

/** 导入 modal for a year's monthly progress (the shared import dialog; rows name their 报告月份). */
@Component({
  selector: 'app-progress-import-dialog',
  imports: [SHARED_IMPORTS, ImportDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-import-dialog
      testIdPrefix="progress-import"
      countsKey="scheduling.importDialog.counts"
      [title]="'scheduling.importDialog.title' | translate: { year: year() }"
      [rules]="rules()"
      [endpoints]="endpoints"
      (closed)="closed.emit()"
      (imported)="imported.emit($event)"
    />
  `,
})
export class ProgressImportDialog {
  private readonly api = inject(Api);

  readonly year = input.required<number>();
  readonly closed = output<void>();
  /** Emitted after a successful import, so the page reads the month again. */
  readonly imported = output<ProgressImportResultDto>();

  protected readonly rules = computed<ImportRule[]>(() => [
    { key: 'scheduling.importDialog.ruleSheet' },
    { key: 'scheduling.importDialog.ruleDates' },
    { key: 'scheduling.importDialog.ruleCumulative' },
    { key: 'scheduling.importDialog.ruleMatch', params: { year: this.year() } },
  ]);
  protected readonly endpoints: ImportEndpoints<ProgressImportResultDto> = {
    import: (body) => this.api.invoke(importMonthlyProgress, { year: this.year(), body }),
    errorWorkbook: (body) =>
      this.api.invoke(getProgressImportErrorWorkbook, { year: this.year(), body }),
    template: () => this.api.invoke(getProgressImportTemplate),
    templateFileName: PROGRESS_TEMPLATE_FILE_NAME,
  };
}
