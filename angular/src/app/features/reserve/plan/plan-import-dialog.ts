import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { Api } from '../../../api/api';
import { getPlanImportErrorWorkbook } from '../../../api/fn/reserve/get-plan-import-error-workbook';
import { getPlanImportTemplate } from '../../../api/fn/reserve/get-plan-import-template';
import { importAnnualPlan } from '../../../api/fn/reserve/import-annual-plan';
import { PlanImportResultDto } from '../../../api/models/plan-import-result-dto';
import { ImportDialog, ImportEndpoints, importRules } from '../../../shared/import/import-dialog';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { PLAN_TEMPLATE_FILE_NAME } from './plan-model';

/** 导入 modal for a year's plan (the shared import dialog on the plan's endpoints). */
@Component({
  selector: 'app-plan-import-dialog',
  imports: [SHARED_IMPORTS, ImportDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-import-dialog
      testIdPrefix="plan-import"
      countsKey="reserve.plan.importDialog.counts"
      writesNames
      [title]="'reserve.plan.importDialog.title' | translate: { year: year() }"
      [rules]="rules"
      [endpoints]="endpoints"
      (closed)="closed.emit()"
      (imported)="imported.emit($event)"
    />
  `,
})
export class PlanImportDialog {
  private readonly api = inject(Api);

  readonly year = input.required<number>();
  readonly closed = output<void>();
  /** Emitted after a successful import, so the page reads the plan again. */
  readonly imported = output<PlanImportResultDto>();

  protected readonly rules = importRules('reserve.plan.importDialog', [
    'ruleSheet',
    'ruleDates',
    'ruleMatch',
  ]);
  protected readonly endpoints: ImportEndpoints<PlanImportResultDto> = {
    import: (body) => this.api.invoke(importAnnualPlan, { year: this.year(), body }),
    errorWorkbook: (body) =>
      this.api.invoke(getPlanImportErrorWorkbook, { year: this.year(), body }),
    template: () => this.api.invoke(getPlanImportTemplate),
    templateFileName: PLAN_TEMPLATE_FILE_NAME,
  };
}
