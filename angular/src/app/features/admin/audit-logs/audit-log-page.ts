import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { Api } from '../../../api/api';
import { exportAuditLogs } from '../../../api/fn/identity/export-audit-logs';
import { getAuditLogs } from '../../../api/fn/identity/get-audit-logs';
import { AuditLogDto } from '../../../api/models/audit-log-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { downloadExport } from '../../../shared/download';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOME_SUCCESS,
  AuditLogFilters,
  prettyChanges,
  toAuditLogQuery,
} from './audit-log-query';

export const AUDIT_EXPORT_FILE_NAME = '审计日志.xlsx';
/** Times are shown in Asia/Shanghai (UTC+8, no daylight saving). */
export const DISPLAY_TIME_ZONE = '+0800';

/** 审计日志: filtered, server-paged log with expandable change details and xlsx export. */
@Component({
  selector: 'app-audit-log-page',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log-page.html',
  styles: `
    .changes {
      margin: 0;
      padding: 12px;
      background: #fafafa;
      max-height: 360px;
      overflow: auto;
      font-size: 12px;
    }
  `,
})
export class AuditLogPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly success = AUDIT_OUTCOME_SUCCESS;
  protected readonly timeZone = DISPLAY_TIME_ZONE;
  protected readonly prettyChanges = prettyChanges;

  protected readonly logs = signal<AuditLogDto[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly expanded = signal<ReadonlySet<number>>(new Set());

  protected readonly filters = inject(FormBuilder).group({
    userName: [''],
    action: [null as string | null],
    entityType: [''],
    range: [[] as Date[]],
  });

  constructor() {
    this.load();
  }

  protected actionKey(action: string): string | null {
    return AUDIT_ACTIONS.find((a) => a.value === action)?.key ?? null;
  }

  protected isExpanded(id: number): boolean {
    return this.expanded().has(id);
  }

  protected setExpanded(id: number, open: boolean): void {
    this.expanded.update((current) => {
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected search(): void {
    this.page.set(1);
    this.load();
  }

  protected resetFilters(): void {
    this.filters.reset({ userName: '', action: null, entityType: '', range: [] });
    this.search();
  }

  protected onPageIndex(page: number): void {
    this.page.set(page);
    this.load();
  }

  protected onPageSize(size: number): void {
    this.pageSize.set(size);
    this.page.set(1);
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    const query = toAuditLogQuery(this.filters.getRawValue() as AuditLogFilters);
    this.api
      .invoke(getAuditLogs, { ...query, page: this.page(), pageSize: this.pageSize() })
      .subscribe({
        next: (result) => {
          this.logs.set(result.items);
          this.total.set(result.totalCount);
          this.expanded.set(new Set());
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  protected export(): void {
    const query = toAuditLogQuery(this.filters.getRawValue() as AuditLogFilters);
    downloadExport(this.api.invoke(exportAuditLogs, query), AUDIT_EXPORT_FILE_NAME, this.exporting, (error) => this.problems.report(error));
  }
}
