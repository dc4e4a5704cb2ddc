import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { SHARED_IMPORTS } from '../shared-imports';
import { ImportProblemsTable } from './import-problems-table';
import { ImportSession } from './import-session';

/** A line of the dialog's rules: a translation key and its parameters. */
export interface ImportRule {
  key: string;
  params?: Record<string, unknown>;
}

/**
 * The modal every workbook import shares: its rules, the file picker and template download, then either the counts
 * (with the workbook's warnings) or every bad cell with the marked workbook to download. Test ids are
 * `{testIdPrefix}-dialog`, `-rules`, `-file`, `-failure`, `-result`, `-counts`, `-warnings`, `-close`, `-submit`.
 */
@Component({
  selector: 'app-import-dialog',
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
      [nzTitle]="title()"
      [nzMaskClosable]="false"
      nzWidth="820px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent [attr.data-testid]="testIdPrefix() + '-dialog'">
        <ul class="rules" [attr.data-testid]="testIdPrefix() + '-rules'">
          @for (rule of rules(); track rule.key) {
            <li>{{ rule.key | translate: rule.params }}</li>
          }
        </ul>
        <div class="picker">
          <input
            type="file"
            accept=".xlsx"
            [attr.data-testid]="testIdPrefix() + '-file'"
            (change)="session().pick($event)"
          />
          <button
            nz-button
            nzType="link"
            type="button"
            [attr.data-testid]="templateTestId()"
            [nzLoading]="downloadingTemplate()"
            (click)="downloadTemplate.emit()"
          >
            <nz-icon nzType="file" />{{ templateLabelKey() | translate }}
          </button>
        </div>
        @if (session().failure(); as text) {
          <nz-alert
            nzType="error"
            [nzMessage]="text"
            [attr.data-testid]="testIdPrefix() + '-failure'"
          />
        }
        @if (session().result(); as done) {
          <nz-alert
            nzType="success"
            nzShowIcon
            [attr.data-testid]="testIdPrefix() + '-result'"
            [nzMessage]="'import.done' | translate"
            [nzDescription]="resultText"
          />
          <ng-template #resultText>
            <div [attr.data-testid]="testIdPrefix() + '-counts'">
              {{ countsKey() | translate: done }}
            </div>
            @if (done.warnings.length) {
              <ul [attr.data-testid]="testIdPrefix() + '-warnings'">
                @for (warning of done.warnings; track $index) {
                  <li>{{ warning }}</li>
                }
              </ul>
            }
          </ng-template>
        }
        @if (session().invalid(); as refused) {
          <app-import-problems
            [testIdPrefix]="testIdPrefix()"
            [problem]="refused"
            [downloading]="session().downloadingErrors()"
            (downloadErrorWorkbook)="session().downloadErrorWorkbook()"
          />
        }
      </div>
    </nz-modal>
    <ng-template #footer>
      <button
        nz-button
        type="button"
        [attr.data-testid]="testIdPrefix() + '-close'"
        (click)="closed.emit()"
      >
        {{ 'common.close' | translate }}
      </button>
      <button
        nz-button
        nzType="primary"
        type="button"
        [attr.data-testid]="testIdPrefix() + '-submit'"
        [disabled]="!session().file()"
        [nzLoading]="session().importing()"
        (click)="submitted.emit()"
      >
        <nz-icon nzType="upload" />{{ 'import.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class ImportDialog {
  readonly title = input.required<string>();
  readonly testIdPrefix = input.required<string>();
  readonly rules = input.required<ImportRule[]>();
  readonly session = input.required<ImportSession<{ warnings: string[] }>>();
  /** Translation key of the counts line; the import's result is its parameters. */
  readonly countsKey = input.required<string>();
  readonly templateLabelKey = input.required<string>();
  readonly templateTestId = input.required<string>();
  readonly downloadingTemplate = input(false);

  readonly closed = output<void>();
  readonly submitted = output<void>();
  readonly downloadTemplate = output<void>();
}
