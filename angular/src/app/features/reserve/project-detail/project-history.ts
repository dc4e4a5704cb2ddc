import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { ProjectHistoryEntryDto } from '../../../api/models/project-history-entry-dto';
import { SectorDto } from '../../../api/models/sector-dto';
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
const MONTH_FIELDS = new Set(['plannedStart', 'plannedCompletion']);
const DEPARTMENT_FIELDS = new Set(['responsibleDepartmentId', 'townId']);
/** Fields whose values are enum names, with the i18n group that names them. */
const ENUM_FIELDS: Record<string, string> = {
  state: 'states',
  regime: 'regimes',
  maturity: 'maturities',
  reviewStatus: 'reviewStatuses',
};

/** A funding source as the audit records it (property names as the server's model writes them). */
const sourceValue = (source: Record<string, unknown>, name: string): unknown =>
  source[name] ?? source[name.charAt(0).toUpperCase() + name.slice(1)];

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
  /** Names for the sector codes and department ids the history records. */
  readonly sectors = input<SectorDto[]>([]);
  readonly departments = input<DepartmentOptionDto[]>([]);
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
    if (field === 'fundingSources' && Array.isArray(value)) {
      return value.length === 0 ? '—' : value.map((source) => this.sourceText(source)).join('；');
    }
    if (typeof value === 'string') {
      if (ENUM_FIELDS[field]) return this.label(`reserve.${ENUM_FIELDS[field]}.${value}`, value);
      if (field === 'sectorCode')
        return this.sectors().find((s) => s.code === value)?.name ?? value;
      if (DEPARTMENT_FIELDS.has(field))
        return this.departments().find((d) => d.id === value)?.name ?? value;
      if (MONTH_FIELDS.has(field)) return value.slice(0, 7);
      return value;
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }

  /** 地方政府专项债券 6,000.00 万元（已落实）. */
  private sourceText(source: Record<string, unknown>): string {
    const channel = String(sourceValue(source, 'channel'));
    const amount = Number(sourceValue(source, 'amount'));
    const secured = sourceValue(source, 'isSecured') ? 'yes' : 'no';
    return `${this.label(`reserve.channels.${channel}`, channel)} ${formatWan(amount)} ${this.translate.instant('reserve.wanUnit')}（${this.translate.instant(`reserve.funding.${secured}`)}）`;
  }
}
