import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { getSignedContractImportErrorWorkbook } from '../../../api/fn/signed-contracts/get-signed-contract-import-error-workbook';
import { getSignedContractImportTemplate } from '../../../api/fn/signed-contracts/get-signed-contract-import-template';
import { importSignedContracts } from '../../../api/fn/signed-contracts/import-signed-contracts';
import { ContractImportResultDto } from '../../../api/models/contract-import-result-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { downloadExport } from '../../../shared/download';
import { ImportDialog, ImportRule } from '../../../shared/import/import-dialog';
import { ImportSession } from '../../../shared/import/import-session';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { CONTRACTS_TEMPLATE_FILE_NAME } from '../contracts-model';

/**
 * 导入台账 modal (签约项目台账, sheet 3): pick an .xlsx, import it all-or-nothing, and show the counts or every bad
 * cell with the user's workbook marked up for download; the empty template is one click away.
 */
@Component({
  selector: 'app-contract-import-dialog',
  imports: [SHARED_IMPORTS, ImportDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-import-dialog
      testIdPrefix="contract-import"
      templateTestId="contract-import-template"
      templateLabelKey="contracts.importDialog.template"
      countsKey="contracts.importDialog.counts"
      [title]="'contracts.importDialog.title' | translate"
      [rules]="rules"
      [session]="session"
      [downloadingTemplate]="downloadingTemplate()"
      (closed)="closed.emit()"
      (submitted)="submit()"
      (downloadTemplate)="downloadTemplate()"
    />
  `,
})
export class ContractImportDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly closed = output<void>();
  /** After a successful import, so the list is read again. */
  readonly imported = output<ContractImportResultDto>();

  protected readonly rules: ImportRule[] = [
    'ruleSheet',
    'ruleAmounts',
    'ruleMatch',
    'ruleAllOrNothing',
    'ruleRepeat',
  ].map((rule) => ({ key: `contracts.importDialog.${rule}` }));
  protected readonly downloadingTemplate = signal(false);
  protected readonly session = new ImportSession<ContractImportResultDto>({
    import: (file) => this.api.invoke(importSignedContracts, { body: { file } }),
    errorWorkbook: (file) =>
      this.api.invoke(getSignedContractImportErrorWorkbook, { body: { file } }),
    report: (error) => this.problems.report(error),
  });

  protected submit(): void {
    this.session.submit((result) => this.imported.emit(result));
  }

  protected downloadTemplate(): void {
    downloadExport(
      this.api.invoke(getSignedContractImportTemplate),
      CONTRACTS_TEMPLATE_FILE_NAME,
      this.downloadingTemplate,
      (error) => this.problems.report(error),
    );
  }
}
