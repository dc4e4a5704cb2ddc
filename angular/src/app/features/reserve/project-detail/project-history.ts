import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { ProjectHistoryEntryDto } from '../../../api/models/project-history-entry-dto';
import { formatWan } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { SHANGHAI_TIME_ZONE } from '../reserve-model';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** Bookkeeping the server records with every change but a reader of the history does not need. */
const TECHNICAL_FIELDS = new Set(['id', 'concurrencyStamp', 'normalizedName', 'createdAtUtc']);

/**
 * The changed fields of a history entry's `changes` JSON {"before":{..},"after":{..}}:
 * every field present on either side whose value differs. Unreadable JSON gives no rows.
 */
export function historyChanges(changes: string | null | undefined): FieldChange[] {
  if (!changes) {
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(changes);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object') {
    return [];
  }
  const record = parsed as Record<string, unknown>;
  const side = (name: string): Record<string, unknown> => {
    const value = record[name] ?? record[name.charAt(0).toUpperCase() + name.slice(1)];
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  };
  const before = side('before');
  const after = side('after');
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .map((field) => ({
      field: camel(field),
      before: before[field] ?? null,
      after: after[field] ?? null,
    }))
    .filter((change) => !TECHNICAL_FIELDS.has(change.field))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}

const MONEY_FIELDS = new Set(['totalInvestment', 'securedFunding']);

/** 变更历史: a timeline of who changed what and when (Asia/Shanghai time). */
@Component({
  selector: 'app-project-history',
  imports: [SHARED_IMPORTS, NzTimelineModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length === 0) {
      <nz-empty data-testid="project-history-empty" />
    } @else {
      <nz-timeline data-testid="project-history">
        @for (entry of entries(); track $index) {
          <nz-timeline-item>
            <div class="history-head">
              <span class="history-time">{{
                entry.time | date: 'yyyy-MM-dd HH:mm' : timeZone
              }}</span>
              <span>{{ entry.userName ?? '—' }}</span>
              <strong>{{ actionLabel(entry.action) }}</strong>
            </div>
            @if (entry.detail) {
              <div class="history-detail">{{ entry.detail }}</div>
            }
            @for (change of changesOf(entry); track change.field) {
              <div class="history-change" data-testid="history-change">
                {{ fieldLabel(change.field) }}: {{ valueText(change.field, change.before) }} →
                {{ valueText(change.field, change.after) }}
              </div>
            }
          </nz-timeline-item>
        }
      </nz-timeline>
    }
  `,
  styles: `
    .history-head {
      display: flex;
      gap: 12px;
    }
    .history-time {
      color: rgba(0, 0, 0, 0.45);
    }
    .history-change,
    .history-detail {
      margin-top: 4px;
    }
  `,
})
export class ProjectHistory {
  private readonly translate = inject(TranslateService);
  readonly entries = input<ProjectHistoryEntryDto[]>([]);
  protected readonly timeZone = SHANGHAI_TIME_ZONE;

  protected changesOf(entry: ProjectHistoryEntryDto): FieldChange[] {
    return historyChanges(entry.changes);
  }

  private label(key: string, fallback: string): string {
    const text = this.translate.instant(key);
    return text && text !== key ? text : fallback;
  }

  protected actionLabel(action: string): string {
    return this.label(`reserve.history.actions.${camel(action)}`, action);
  }

  protected fieldLabel(field: string): string {
    return this.label(`reserve.fields.${field}`, field);
  }

  protected valueText(field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') {
      return '—';
    }
    if (MONEY_FIELDS.has(field) && typeof value === 'number') {
      return `${formatWan(value)} ${this.translate.instant('reserve.wanUnit')}`;
    }
    if (typeof value === 'string') {
      if (field === 'state') return this.label(`reserve.states.${value}`, value);
      if (field === 'regime') return this.label(`reserve.regimes.${value}`, value);
      return value;
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
