import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ImportInvalidProblem } from './import-problems';

/**
 * A refused import: the server's summary with 下载错误标注文件, every bad cell (行/列/值/说明) and the notes.
 * Test ids are `<testIdPrefix>-problems`, `-problem`, `-problem-total`, `-error-workbook`, `-problem-warnings`.
 */
@Component({
  selector: 'app-import-problems',
  imports: [TranslatePipe, NzAlertModule, NzButtonModule, NzIconModule, NzTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .block {
      margin-top: 16px;
    }
  `,
  template: `
    @let refused = problem();
    @let prefix = testIdPrefix();
    <div class="block" [attr.data-testid]="prefix + '-problems'">
      <nz-alert
        nzType="error"
        nzShowIcon
        [nzMessage]="refused.detail ?? ('import.refused' | translate)"
        [nzAction]="errorWorkbookAction"
      />
      <ng-template #errorWorkbookAction>
        <button
          nz-button
          nzSize="small"
          [attr.data-testid]="prefix + '-error-workbook'"
          [nzLoading]="downloading()"
          (click)="downloadErrorWorkbook.emit()"
        >
          <nz-icon nzType="download" />{{ 'import.errorWorkbook' | translate }}
        </button>
      </ng-template>
      <div class="block" [attr.data-testid]="prefix + '-problem-total'">
        {{ 'import.problemTotal' | translate: { total: refused.problems.length } }}
      </div>
      <nz-table
        #problemsTable
        class="block"
        nzSize="small"
        [nzData]="refused.problems"
        [nzPageSize]="10"
        nzHideOnSinglePage
      >
        <thead>
          <tr>
            <th nzWidth="60px">{{ 'import.row' | translate }}</th>
            <th nzWidth="140px">{{ 'import.column' | translate }}</th>
            <th nzWidth="160px">{{ 'import.value' | translate }}</th>
            <th>{{ 'import.message' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (cell of problemsTable.data; track $index) {
            <tr [attr.data-testid]="prefix + '-problem'">
              <td>{{ cell.row }}</td>
              <td>{{ cell.column }}</td>
              <td>{{ cell.value }}</td>
              <td>{{ cell.message }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
      @if (refused.warnings.length) {
        <nz-alert
          class="block"
          nzType="warning"
          [nzMessage]="'import.warnings' | translate"
          [nzDescription]="warningList"
          [attr.data-testid]="prefix + '-problem-warnings'"
        />
        <ng-template #warningList>
          <ul>
            @for (warning of refused.warnings; track $index) {
              <li>{{ warning }}</li>
            }
          </ul>
        </ng-template>
      }
    </div>
  `,
})
export class ImportProblemsTable {
  readonly problem = input.required<ImportInvalidProblem>();
  readonly testIdPrefix = input.required<string>();
  readonly downloading = input(false);
  readonly downloadErrorWorkbook = output<void>();
}
