import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';
import { Api } from '../../../api/api';
import { exportLeads } from '../../../api/fn/leads/export-leads';
import { getLeads } from '../../../api/fn/leads/get-leads';
import { LeadDto } from '../../../api/models/lead-dto';
import { LeadStage } from '../../../api/models/lead-stage';
import { PagedResultOfLeadDto } from '../../../api/models/paged-result-of-lead-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { dayToApi, shanghaiToday } from '../../../shared/dates';
import { downloadExport } from '../../../shared/download';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { LeadFilterBar } from '../lead-filter-bar';
import { LeadFormDialog } from '../lead-form/lead-form-dialog';
import { loadLeadOptions } from '../lead-options';
import {
  DEFAULT_LEAD_FILTERS,
  LEAD_STAGES,
  STAGE_COLORS,
  createLeadFilterForm,
  leadQuery,
  leadsExportFileName,
  onFilterChange,
} from '../leads-model';

/** 线索列表 (/leads/list?stage=): the leads in view, filtered and paged by the server, and their export. */
@Component({
  selector: 'app-lead-list-page',
  imports: [SHARED_IMPORTS, RouterLink, WanYuanPipe, LeadFilterBar, LeadFormDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lead-list-page.html',
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class LeadListPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly problems = inject(ProblemReporter);
  private readonly auth = inject(AuthService);
  protected readonly canManage = this.auth.hasPermission(Permissions.leadsManage);
  protected readonly canSupervise = this.auth.hasPermission(Permissions.leadsSupervise);
  protected readonly stageColors = STAGE_COLORS;
  protected readonly options = loadLeadOptions();
  protected readonly filters = createLeadFilterForm();

  protected readonly result = signal<PagedResultOfLeadDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly creating = signal(false);
  private request?: Subscription;

  constructor() {
    const stage = this.route.snapshot.queryParamMap.get('stage') as LeadStage | null;
    if (stage && LEAD_STAGES.includes(stage)) {
      this.filters.controls.stage.setValue(stage);
    }
    onFilterChange(this.filters, () => this.search());
    this.load();
  }

  private query() {
    return leadQuery(this.filters.getRawValue());
  }

  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getLeads, { ...this.query(), page: this.page(), pageSize: this.pageSize() })
      .subscribe({
        next: (result) => {
          this.result.set(result);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  protected search(): void {
    this.page.set(1);
    this.load();
  }

  protected resetFilters(): void {
    this.filters.reset(DEFAULT_LEAD_FILTERS, { emitEvent: false });
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

  protected export(): void {
    downloadExport(
      this.api.invoke(exportLeads, this.query()),
      leadsExportFileName(dayToApi(shanghaiToday())!),
      this.exporting,
      (error) => this.problems.report(error),
    );
  }

  protected onCreated(lead: LeadDto | null): void {
    this.creating.set(false);
    if (lead) {
      void this.router.navigate(['/leads', lead.id]);
    } else {
      this.load();
    }
  }
}
