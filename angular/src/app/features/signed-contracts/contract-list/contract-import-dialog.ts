import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { Api } from '../../../api/api';
import { getSignedContractImportErrorWorkbook } from '../../../api/fn/signed-contracts/get-signed-contract-import-error-workbook';
import { getSignedContractImportTemplate } from '../../../api/fn/signed-contracts/get-signed-contract-import-template';
import { importSignedContracts } from '../../../api/fn/signed-contracts/import-signed-contracts';
import { ContractImportResultDto } from '../../../api/models/contract-import-result-dto';
import { ImportDialog, ImportEndpoints, importRules } from '../../../shared/import/import-dialog';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { CONTRACTS_TEMPLATE_FILE_NAME } from '../contracts-model';

/** 导入台账 modal (签约项目台账, sheet 3): the shared import dialog on the ledger's endpoints. */
@Component({
  selector: 'app-contract-import-dialog',
  imports: [SHARED_IMPORTS, ImportDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-import-dialog
      testIdPrefix="contract-import"
      countsKey="contracts.importDialog.counts"
      writesNames
      [title]="'contracts.importDialog.title' | translate"
      [rules]="rules"
      [endpoints]="endpoints"
      (closed)="closed.emit()"
      (imported)="imported.emit($event)"
    />
  `,
})
export class ContractImportDialog {
  private readonly api = inject(Api);

  readonly closed = output<void>();
  /** After a successful import, so the list is read again. */
  readonly imported = output<ContractImportResultDto>();

  protected readonly rules = importRules('contracts.importDialog', [
    'ruleSheet',
    'ruleDates',
    'ruleMatch',
  ]);
  protected readonly endpoints: ImportEndpoints<ContractImportResultDto> = {
    import: (body) => this.api.invoke(importSignedContracts, { body }),
    errorWorkbook: (body) => this.api.invoke(getSignedContractImportErrorWorkbook, { body }),
    template: () => this.api.invoke(getSignedContractImportTemplate),
    templateFileName: CONTRACTS_TEMPLATE_FILE_NAME,
  };
}
