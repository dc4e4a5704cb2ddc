import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, FormControl } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subscription, merge } from 'rxjs';
import { Api } from '../../../api/api';
import { exportWarnings } from '../../../api/fn/scheduling/export-warnings';
import { getWarningSummary } from '../../../api/fn/scheduling/get-warning-summary';
import { getWarnings } from '../../../api/fn/scheduling/get-warnings';
import { ExemptionStatus } from '../../../api/models/exemption-status';
import { PagedResultOfWarningDto } from '../../../api/models/paged-result-of-warning-dto';
import { WarningDto } from '../../../api/models/warning-dto';
import { WarningEvaluationDto } from '../../../api/models/warning-evaluation-dto';
import { WarningLevel } from '../../../api/models/warning-level';
import { WarningRuleCode } from '../../../api/models/warning-rule-code';
import { WarningStatus } from '../../../api/models/warning-status';
import { WarningSummaryDto } from '../../../api/models/warning-summary-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { SHANGHAI_TIME_ZONE } from '../../../shared/dates';
import { downloadExport } from '../../../shared/download';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { WarningDecisionDialog } from './warning-decision-dialog';
import { WarningDetailDrawer } from './warning-detail-drawer';
import { WarningEvaluateDialog } from './warning-evaluate-dialog';
import { WarningExemptionDialog } from './warning-exemption-dialog';
import { WarningRulesDialog } from './warning-rules-dialog';
import {
  DEFAULT_FILTERS,
  EXEMPTION_COLORS,
  EXEMPTION_STATUSES,
  LEVEL_COLORS,
  STATUS_COLORS,
  WARNING_LEVELS,
  WARNING_RULES,
  WARNING_STATUSES,
  WarningFilters,
  canDecideExemption,
  canRequestExemption,
  measureText,
  warningQuery,
  warningYears,
  warningsExportFileName,
  warningsQueryFilters,
  warningsYear,
} from './warnings-model';

/**
 * 红/黄预警 (/scheduling/warnings?year=&level=&rule=): the year's warnings by level and rule, the latest evaluation, and the list
 * with its explanations; units ask for exemptions, 重点办 decides them, runs the rules now and sets their thresholds.
 */
@Component({
  selector: 'app-warnings-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    WarningDetailDrawer,
    WarningExemptionDialog,
    WarningDecisionDialog,
    WarningEvaluateDialog,
    WarningRulesDialog,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './warnings-page.html',
  styleUrl: './warnings-page.less',
})
export class WarningsPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly problems = inject(ProblemReporter);
  private readonly auth = inject(AuthService);
  protected readonly canReport = this.auth.hasPermission(Permissions.schedulingReport);
  protected readonly canManage = this.auth.hasPermission(Permissions.schedulingManage);
  protected readonly levels = WARNING_LEVELS;
  protected readonly rules = WARNING_RULES;
  protected readonly statuses = WARNING_STATUSES;
  protected readonly exemptions = EXEMPTION_STATUSES;
  protected readonly levelColors = LEVEL_COLORS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly exemptionColors = EXEMPTION_COLORS;
  protected readonly timeZone = SHANGHAI_TIME_ZONE;
  protected readonly measureText = measureText;
  protected readonly mayRequest = (warning: WarningDto) =>
    canRequestExemption(warning, this.canReport);
  protected readonly mayDecide = (warning: WarningDto) =>
    canDecideExemption(warning, this.canManage);

  protected readonly year = new FormControl(
    warningsYear(this.route.snapshot.queryParamMap.get('year')),
    { nonNullable: true },
  );
  protected readonly years = warningYears(this.year.value);
  private readonly initialFilters = warningsQueryFilters(
    this.route.snapshot.queryParamMap.get('level'),
    this.route.snapshot.queryParamMap.get('rule'),
  );

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    level: [this.initialFilters.level as WarningLevel | null],
    rule: [this.initialFilters.rule as WarningRuleCode | null],
    status: ['Open' as WarningStatus],
    exemption: [null as ExemptionStatus | null],
    search: [''],
  });

  protected readonly summary = signal<WarningSummaryDto | null>(null);
  protected readonly result = signal<PagedResultOfWarningDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);

  protected readonly viewing = signal<WarningDto | null>(null);
  protected readonly exempting = signal<WarningDto | null>(null);
  protected readonly deciding = signal<WarningDto | null>(null);
  protected readonly evaluating = signal(false);
  protected readonly editingRules = signal(false);

  /** The latest request wins: a slower earlier one (another year, other filters, another page) is cancelled. */
  private request?: Subscription;
  private summaryRequest?: Subscription;

  constructor() {
    this.year.valueChanges.subscribe(() => {
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { year: this.year.value },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
      this.loadSummary();
      this.search();
    });
    const { level, rule, status, exemption } = this.filters.controls;
    merge(
      level.valueChanges,
      rule.valueChanges,
      status.valueChanges,
      exemption.valueChanges,
    ).subscribe(() => this.search());
    this.loadSummary();
    this.load();
  }

  private query() {
    return warningQuery(this.year.value, this.filters.getRawValue());
  }

  /** The year's counts and the latest evaluation. */
  protected loadSummary(): void {
    this.summaryRequest?.unsubscribe();
    this.summaryRequest = this.api.invoke(getWarningSummary, { year: this.year.value }).subscribe({
      next: (summary) => this.summary.set(summary),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  /** The current page of the filtered list. */
  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getWarnings, { ...this.query(), page: this.page(), pageSize: this.pageSize() })
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

  /** Sets the filters at once (one request), e.g. from a summary card. */
  protected applyFilters(filters: Partial<WarningFilters>): void {
    this.filters.reset({ ...DEFAULT_FILTERS, ...filters }, { emitEvent: false });
    this.search();
  }

  protected resetFilters(): void {
    this.applyFilters({});
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

  /** 导出: the filtered list (every page) as the server lays it out. */
  protected export(): void {
    downloadExport(
      this.api.invoke(exportWarnings, this.query()),
      warningsExportFileName(this.year.value),
      this.exporting,
      (error) => this.problems.report(error),
    );
  }

  /** Counts and list again, after an exemption, a decision or an evaluation changed them. */
  protected reload(): void {
    this.loadSummary();
    this.load();
  }

  protected onExempted(): void {
    this.exempting.set(null);
    this.reload();
  }

  protected onDecided(): void {
    this.deciding.set(null);
    this.reload();
  }

  protected onEvaluated(evaluation: WarningEvaluationDto): void {
    if (evaluation.year !== this.year.value) {
      this.year.setValue(evaluation.year); // reloads that year
      return;
    }
    this.reload();
  }
}
