import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { getPlanImportErrorWorkbook } from '../../../api/fn/reserve/get-plan-import-error-workbook';
import { importAnnualPlan } from '../../../api/fn/reserve/import-annual-plan';
import { PlanImportResultDto } from '../../../api/models/plan-import-result-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { ImportDialog, ImportRule } from '../../../shared/import/import-dialog';
import { ImportSession } from '../../../shared/import/import-session';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { downloadPlanTemplate } from './plan-downloads';

/**
 * 导入 modal: pick an .xlsx (kept in the browser until 开始导入), import it all-or-nothing, and show either the
 * counts or every bad cell, with the user's workbook marked up for download.
 */
@Component({
  selector: 'app-plan-import-dialog',
  imports: [SHARED_IMPORTS, ImportDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-import-dialog
      testIdPrefix="plan-import"
      templateTestId="plan-template"
      templateLabelKey="reserve.plan.template"
      countsKey="reserve.plan.importDialog.counts"
      [title]="'reserve.plan.importDialog.title' | translate: { year: year() }"
      [rules]="rules"
      [session]="session"
      [downloadingTemplate]="downloadingTemplate()"
      (closed)="closed.emit()"
      (submitted)="submit()"
      (downloadTemplate)="downloadTemplate()"
    />
  `,
})
export class PlanImportDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly year = input.required<number>();
  readonly closed = output<void>();
  /** Emitted after a successful import, so the page reads the plan again. */
  readonly imported = output<PlanImportResultDto>();

  protected readonly rules: ImportRule[] = [
    'ruleSheet',
    'ruleAmounts',
    'ruleMatch',
    'ruleAllOrNothing',
    'ruleRepeat',
  ].map((rule) => ({ key: `reserve.plan.importDialog.${rule}` }));
  protected readonly downloadingTemplate = signal(false);
  protected readonly session = new ImportSession<PlanImportResultDto>({
    import: (file) => this.api.invoke(importAnnualPlan, { year: this.year(), body: { file } }),
    errorWorkbook: (file) =>
      this.api.invoke(getPlanImportErrorWorkbook, { year: this.year(), body: { file } }),
    report: (error) => this.problems.report(error),
  });

  protected submit(): void {
    this.session.submit((result) => this.imported.emit(result));
  }

  protected downloadTemplate(): void {
    downloadPlanTemplate(this.api, this.downloadingTemplate, (error) =>
      this.problems.report(error),
    );
  }
}
