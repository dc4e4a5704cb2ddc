import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ImportInvalidProblem } from './import-problems';
import { ImportSkippedRows } from './import-skipped-rows';

/**
 * A refused import: the server's summary with 下载错误标注文件, what is projected (the unknown names to map), the total
 * and every listed bad cell (行/单元格/列/值/说明; at most the first 1,000, the rest in the marked workbook), the skipped
 * rows and the notes. Test ids are `<testIdPrefix>-problems`, `-problem`, `-problem-total`, `-problem-cap`,
 * `-error-workbook`, `-problem-warnings` and the skipped rows'.
 */
@Component({
  selector: 'app-import-problems',
  imports: [
    TranslatePipe,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzTableModule,
    ImportSkippedRows,
  ],
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
      <ng-content />
      <div class="block" [attr.data-testid]="prefix + '-problem-total'">
        {{ 'import.problemTotal' | translate: { total: refused.problemCount } }}
        @if (capped()) {
          <span [attr.data-testid]="prefix + '-problem-cap'">
            {{ 'import.problemCap' | translate: { listed: refused.problems.length } }}
          </span>
        }
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
            <th nzWidth="80px">{{ 'import.cell' | translate }}</th>
            <th nzWidth="140px">{{ 'import.column' | translate }}</th>
            <th nzWidth="160px">{{ 'import.value' | translate }}</th>
            <th>{{ 'import.message' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (cell of problemsTable.data; track $index) {
            <tr [attr.data-testid]="prefix + '-problem'">
              <td>{{ cell.row }}</td>
              <td [attr.data-testid]="prefix + '-problem-cell'">{{ cell.cell ?? '—' }}</td>
              <td>{{ cell.column }}</td>
              <td>{{ cell.value }}</td>
              <td>{{ cell.message }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
      <app-import-skipped-rows [testIdPrefix]="prefix" [skipped]="refused.skipped" />
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

  /** Only the first problems are listed; the marked workbook has them all. */
  protected readonly capped = computed(
    () => this.problem().problemCount > this.problem().problems.length,
  );
}
