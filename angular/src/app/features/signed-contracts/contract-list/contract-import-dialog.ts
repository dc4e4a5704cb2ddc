import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { getSignedContractImportErrorWorkbook } from '../../../api/fn/signed-contracts/get-signed-contract-import-error-workbook';
import { getSignedContractImportTemplate } from '../../../api/fn/signed-contracts/get-signed-contract-import-template';
import { importSignedContracts } from '../../../api/fn/signed-contracts/import-signed-contracts';
import { ContractImportResultDto } from '../../../api/models/contract-import-result-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { downloadExport } from '../../../shared/download';
import { ImportProblemsTable } from '../../../shared/import/import-problems-table';
import { ImportSession } from '../../../shared/import/import-session';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { CONTRACTS_TEMPLATE_FILE_NAME } from '../contracts-model';

/**
 * 导入台账 modal (签约项目台账, sheet 3): pick an .xlsx, import it all-or-nothing, and show the counts or every bad
 * cell with the user's workbook marked up for download; the empty template is one click away.
 */
@Component({
  selector: 'app-contract-import-dialog',
  imports: [SHARED_IMPORTS, ImportProblemsTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .rules {
      padding-left: 20px;
      color: rgba(0, 0, 0, 0.65);
    }
    .picker {
      display: flex;
      gap: 8px;
      align-items: center;
      margin-bottom: 16px;
    }
  `,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'contracts.importDialog.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="820px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="contract-import-dialog">
        <ul class="rules" data-testid="contract-import-rules">
          @for (rule of rules; track rule) {
            <li>{{ 'contracts.importDialog.' + rule | translate }}</li>
          }
        </ul>
        <div class="picker">
          <input
            type="file"
            accept=".xlsx"
            data-testid="contract-import-file"
            (change)="session.pick($event)"
          />
          <button
            nz-button
            nzType="link"
            type="button"
            data-testid="contract-import-template"
            [nzLoading]="downloadingTemplate()"
            (click)="downloadTemplate()"
          >
            <nz-icon nzType="file" />{{ 'contracts.importDialog.template' | translate }}
          </button>
        </div>
        @if (session.failure(); as text) {
          <nz-alert nzType="error" [nzMessage]="text" data-testid="contract-import-failure" />
        }
        @if (session.result(); as done) {
          <nz-alert
            nzType="success"
            nzShowIcon
            data-testid="contract-import-result"
            [nzMessage]="'import.done' | translate"
            [nzDescription]="resultText"
          />
          <ng-template #resultText>
            <div data-testid="contract-import-counts">
              {{ 'contracts.importDialog.counts' | translate: done }}
            </div>
            @if (done.warnings.length) {
              <ul data-testid="contract-import-warnings">
                @for (warning of done.warnings; track $index) {
                  <li>{{ warning }}</li>
                }
              </ul>
            }
          </ng-template>
        }
        @if (session.invalid(); as refused) {
          <app-import-problems
            testIdPrefix="contract-import"
            [problem]="refused"
            [downloading]="session.downloadingErrors()"
            (downloadErrorWorkbook)="session.downloadErrorWorkbook()"
          />
        }
      </div>
    </nz-modal>
    <ng-template #footer>
      <button nz-button type="button" data-testid="contract-import-close" (click)="closed.emit()">
        {{ 'common.close' | translate }}
      </button>
      <button
        nz-button
        nzType="primary"
        type="button"
        data-testid="contract-import-submit"
        [disabled]="!session.file()"
        [nzLoading]="session.importing()"
        (click)="submit()"
      >
        <nz-icon nzType="upload" />{{ 'import.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class ContractImportDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly closed = output<void>();
  /** After a successful import, so the list is read again. */
  readonly imported = output<ContractImportResultDto>();

  protected readonly rules = [
    'ruleSheet',
    'ruleAmounts',
    'ruleMatch',
    'ruleAllOrNothing',
    'ruleRepeat',
  ];
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
