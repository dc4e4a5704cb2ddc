import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, FormControl } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subscription, merge } from 'rxjs';
import { Api } from '../../../api/api';
import { exportMonthlyProgress } from '../../../api/fn/scheduling/export-monthly-progress';
import { getMonthlyProgress } from '../../../api/fn/scheduling/get-monthly-progress';
import { getProblemCategories } from '../../../api/fn/scheduling/get-problem-categories';
import { MonthlyProgressDto } from '../../../api/models/monthly-progress-dto';
import { ProblemCategoryDto } from '../../../api/models/problem-category-dto';
import { ProjectProgressDto } from '../../../api/models/project-progress-dto';
import { StartStatus } from '../../../api/models/start-status';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { TYPE_COLORS } from '../../../shared/construction-types';
import { SHANGHAI_TIME_ZONE, shanghaiYear } from '../../../shared/dates';
import { downloadExport } from '../../../shared/download';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { downloadProgressTemplate } from './progress-downloads';
import { ProgressImportDialog } from './progress-import-dialog';
import { ProgressLateUnits } from './progress-late-units';
import {
  ReportMonth,
  START_STATUSES,
  STATUS_COLORS,
  isFutureMonth,
  parseReportMonth,
  previousMonth,
  progressExportFileName,
  progressRow,
  progressYears,
} from './progress-model';
import { ProgressRemindersAlert } from './progress-reminders-alert';
import { ProgressReportDialog } from './progress-report-dialog';

/** 填报情况 filter: 全部 / 已填报 / 未填报. */
export type ReportedFilter = 'all' | 'reported' | 'unreported';
const REPORTED_PARAM: Record<ReportedFilter, boolean | undefined> = {
  all: undefined,
  reported: true,
  unreported: false,
};

/** 月度进展 (/scheduling/progress?year=&month=): the month's plan projects, who has reported, and the reports. */
@Component({
  selector: 'app-progress-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    WanYuanPipe,
    ProgressImportDialog,
    ProgressReportDialog,
    ProgressLateUnits,
    ProgressRemindersAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './progress-page.html',
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 16px;
    }
    .year {
      width: 120px;
    }
    .month {
      width: 100px;
    }
    .filter {
      width: 160px;
    }
    .filter-wide {
      width: 240px;
    }
    .summary {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 16px;
      margin-bottom: 16px;
    }
    .summary-value {
      font-size: 22px;
      font-weight: 600;
    }
    .summary-unit,
    .muted {
      margin-left: 4px;
      color: rgba(0, 0, 0, 0.45);
    }
    .late {
      color: #cf1322;
    }
    .problem {
      display: block;
      max-width: 240px;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
  `,
})
export class ProgressPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly problems = inject(ProblemReporter);
  private readonly auth = inject(AuthService);
  protected readonly canReport = this.auth.hasPermission(Permissions.schedulingReport);
  protected readonly canManage = this.auth.hasPermission(Permissions.schedulingManage);
  /** A reporting unit (not 重点办) sees the 催报 sent to its department. */
  protected readonly isUnit = this.canReport && !this.canManage;
  protected readonly statuses = START_STATUSES;
  protected readonly reportedOptions = Object.keys(REPORTED_PARAM) as ReportedFilter[];
  protected readonly statusColors = STATUS_COLORS;
  protected readonly typeColors = TYPE_COLORS;
  protected readonly timeZone = SHANGHAI_TIME_ZONE;
  protected readonly months = Array.from({ length: 12 }, (_, i) => i + 1);
  protected readonly isFutureMonth = isFutureMonth;

  private readonly initial: ReportMonth =
    parseReportMonth(
      this.route.snapshot.queryParamMap.get('year'),
      this.route.snapshot.queryParamMap.get('month'),
    ) ?? previousMonth();
  protected readonly year = new FormControl(this.initial.year, { nonNullable: true });
  protected readonly month = new FormControl(this.initial.month, { nonNullable: true });
  /** The month chosen in the toolbar (the 报送情况 card follows it). */
  protected readonly selected = signal<ReportMonth>(this.initial);
  private readonly lateUnits = viewChild(ProgressLateUnits);
  protected readonly years = [...new Set([this.year.value, ...progressYears(shanghaiYear())])].sort(
    (a, b) => b - a,
  );
  protected readonly progress = signal<MonthlyProgressDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly downloadingTemplate = signal(false);
  protected readonly categories = signal<ProblemCategoryDto[]>([]);
  protected readonly categoryNames = computed(
    () => new Map(this.categories().map((category) => [category.code, category.name])),
  );
  protected readonly reporting = signal<ProjectProgressDto | null>(null);
  protected readonly importing = signal(false);

  /** The month the table shows (its reports are for this month), as the server answered it. */
  protected readonly shown = computed<ReportMonth | null>(() => {
    const progress = this.progress();
    return progress ? { year: progress.year, month: progress.month } : null;
  });
  /** 填报 is offered to reporting units for a month that has begun. */
  protected readonly reportable = computed(() => {
    const shown = this.shown();
    return this.canReport && !!shown && !isFutureMonth(shown.year, shown.month);
  });
  protected readonly unreported = computed(() => {
    const progress = this.progress();
    return progress ? progress.planProjectCount - progress.reportedCount : 0;
  });
  protected readonly rows = computed(() => (this.progress()?.items ?? []).map(progressRow));

  protected readonly filters = inject(FormBuilder).group({
    search: [''],
    reported: ['all' as ReportedFilter],
    status: [null as StartStatus | null],
  });

  /** The latest request wins: a slower earlier one (another month, other filters) is cancelled, never shown. */
  private request?: Subscription;

  constructor() {
    this.api
      .invoke(getProblemCategories)
      .subscribe({ next: (list) => this.categories.set(list), error: () => undefined });
    merge(this.year.valueChanges, this.month.valueChanges).subscribe(() => {
      this.selected.set({ year: this.year.value, month: this.month.value });
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { year: this.year.value, month: this.month.value },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
      this.search();
    });
    this.load();
  }

  /** The list's filters as the API takes them. */
  private query() {
    const value = this.filters.getRawValue();
    return {
      year: this.year.value,
      month: this.month.value,
      search: value.search?.trim() || undefined,
      reported: REPORTED_PARAM[value.reported ?? 'all'],
      status: value.status || undefined,
    };
  }

  /** The month's counts and the current page of its projects (one request). */
  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getMonthlyProgress, { ...this.query(), page: this.page(), pageSize: this.pageSize() })
      .subscribe({
        next: (progress) => {
          this.progress.set(progress);
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
    this.filters.reset({ search: '', reported: 'all', status: null });
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

  /** 导出: the month in the 项目月度进展表 layout (every reported project the user may see). */
  protected export(): void {
    const month = { year: this.year.value, month: this.month.value };
    downloadExport(
      this.api.invoke(exportMonthlyProgress, month),
      progressExportFileName(month),
      this.exporting,
      (error) => this.problems.report(error),
    );
  }

  protected downloadTemplate(): void {
    downloadProgressTemplate(this.api, this.downloadingTemplate, (error) =>
      this.problems.report(error),
    );
  }

  /** After the report dialog saved (or found the report stale): close it and read the month again. */
  protected onReported(): void {
    this.reporting.set(null);
    this.load();
    this.lateUnits()?.reload();
  }

  /** After an import: the month's list and its late units again. */
  protected onImported(): void {
    this.load();
    this.lateUnits()?.reload();
  }
}
