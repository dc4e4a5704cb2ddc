import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { NzCollapseModule } from 'ng-zorro-antd/collapse';
import { SkippedRow } from '../../api/models/skipped-row';

/**
 * The rows an import left out because they are no project rows (titles aside: blank, group, 小计/合计 and repeated
 * header rows), collapsed: 第 4 行 分组行「一、续建项目（18个）」. Nothing when none was skipped.
 * Test ids are `<testIdPrefix>-skipped` and `-skipped-row`.
 */
@Component({
  selector: 'app-import-skipped-rows',
  imports: [TranslatePipe, NzCollapseModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    nz-collapse {
      margin-top: 12px;
    }
    ul {
      max-height: 240px;
      overflow-y: auto;
      margin: 0;
      padding-left: 20px;
    }
  `,
  template: `
    @if (skipped().length) {
      <nz-collapse [attr.data-testid]="testIdPrefix() + '-skipped'">
        <nz-collapse-panel [nzHeader]="'import.skipped' | translate: { count: skipped().length }">
          <ul>
            @for (row of skipped(); track row.row) {
              <li [attr.data-testid]="testIdPrefix() + '-skipped-row'">
                {{ 'import.skippedRow' | translate: { row: row.row, reason: row.reason }
                }}{{ row.text ? '「' + row.text + '」' : '' }}
              </li>
            }
          </ul>
        </nz-collapse-panel>
      </nz-collapse>
    }
  `,
})
export class ImportSkippedRows {
  readonly skipped = input.required<SkippedRow[]>();
  readonly testIdPrefix = input.required<string>();
}
