import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { Observable, Subscription, catchError, forkJoin, merge, of } from 'rxjs';
import { Api } from '../../../api/api';
import { getSectors } from '../../../api/fn/reserve/get-sectors';
import { getProblemCategories } from '../../../api/fn/scheduling/get-problem-categories';
import { getStatistics } from '../../../api/fn/scheduling/get-statistics';
import { getStatisticsProjects } from '../../../api/fn/scheduling/get-statistics-projects';
import { getStatisticsTrend } from '../../../api/fn/scheduling/get-statistics-trend';
import { getWarningSummary } from '../../../api/fn/scheduling/get-warning-summary';
import { PagedResultOfStatisticsProjectDto } from '../../../api/models/paged-result-of-statistics-project-dto';
import { ProblemCategoryDto } from '../../../api/models/problem-category-dto';
import { SectorDto } from '../../../api/models/sector-dto';
import { StatisticsDto } from '../../../api/models/statistics-dto';
import { StatisticsTrendDto } from '../../../api/models/statistics-trend-dto';
import { WarningLevel } from '../../../api/models/warning-level';
import { WarningSummaryDto } from '../../../api/models/warning-summary-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { formatWan } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ReportMonth, isFutureMonth } from '../progress/progress-model';
import { DrillDown, formatRate, statisticsMonth, yoyGrowth } from '../statistics/statistics-model';
import { StatisticsProjectsDialog } from '../statistics/statistics-projects-dialog';
import { warningYears } from '../warnings/warnings-model';
import {
  ChartClick,
  Translate,
  causesOption,
  clickedCause,
  clickedMonth,
  clickedSector,
  clickedWarnings,
  countByCategory,
  echartsLocale,
  investmentOption,
  ratesOption,
  sectorRows,
  sectorsOption,
  warningsOption,
} from './dashboard-model';

/** How many not-started projects the causes chart counts (one request). */
export const CAUSES_PAGE_SIZE = 200;

/** The month's answers; null where a request failed (the others still show). */
interface DashboardData {
  trend: StatisticsTrendDto | null;
  statistics: StatisticsDto | null;
  warnings: WarningSummaryDto | null;
  notStarted: PagedResultOfStatisticsProjectDto | null;
}

/**
 * 调度看板 (/scheduling/dashboard?year=&month=): the year's investment and rate trends against the plan and its
 * targets, the month's sectors, the year's warnings and the causes of the not-started projects, as charts; each
 * bar, point or pin opens what is behind it (the statistics of that month, the projects, the warnings).
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [SHARED_IMPORTS, RouterLink, NgxEchartsDirective, StatisticsProjectsDialog],
  // ECharts (only the parts the charts use) is fetched when the first chart is drawn.
  providers: [provideEchartsCore({ echarts: () => import('./dashboard-echarts') })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.less',
})
export class DashboardPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly problems = inject(ProblemReporter);
  private readonly translate = inject(TranslateService);

  protected readonly months = Array.from({ length: 12 }, (_, i) => i + 1);
  protected readonly isFutureMonth = isFutureMonth;

  private readonly initial: ReportMonth = statisticsMonth(
    this.route.snapshot.queryParamMap.get('year'),
    this.route.snapshot.queryParamMap.get('month'),
  );
  protected readonly year = new FormControl(this.initial.year, { nonNullable: true });
  protected readonly month = new FormControl(this.initial.month, { nonNullable: true });
  protected readonly years = warningYears(this.year.value);

  protected readonly loading = signal(false);
  protected readonly trend = signal<StatisticsTrendDto | null>(null);
  protected readonly statistics = signal<StatisticsDto | null>(null);
  protected readonly warnings = signal<WarningSummaryDto | null>(null);
  protected readonly notStarted = signal<PagedResultOfStatisticsProjectDto | null>(null);
  protected readonly sectors = signal<SectorDto[]>([]);
  protected readonly categories = signal<ProblemCategoryDto[]>([]);
  protected readonly drilling = signal<DrillDown | null>(null);

  /** ECharts' own texts follow the UI language (read once: a chart keeps the locale it was made with). */
  protected readonly initOpts = { locale: echartsLocale(this.translate.getCurrentLang()) };

  /** The options' labels follow the UI language. */
  private readonly t = computed<Translate>(() => {
    this.translate.currentLang();
    return (key, params) => this.translate.instant(key, params);
  });

  /** The month the figures are for, as the server answered. */
  protected readonly shown = computed<ReportMonth | null>(() => {
    const statistics = this.statistics();
    return statistics ? { year: statistics.year, month: statistics.month } : null;
  });

  protected readonly kpi = computed(() => {
    const s = this.statistics();
    return s
      ? {
          startOrResumeRate: formatRate(s.startOrResumeRate),
          investmentCompleted: formatWan(s.investmentCompleted),
          completionRate: formatRate(s.planCompletionRate),
          timeElapsed: formatRate(s.timeElapsedRate),
          yoy: yoyGrowth(s.yoyGrowth),
        }
      : null;
  });

  protected readonly investmentOption = computed(() => {
    const trend = this.trend();
    return trend ? investmentOption(trend, this.t()) : null;
  });
  protected readonly ratesOption = computed(() => {
    const trend = this.trend();
    return trend ? ratesOption(trend, this.t()) : null;
  });
  protected readonly sectorRows = computed(() =>
    sectorRows(this.statistics()?.bySector ?? [], this.sectors()),
  );
  protected readonly sectorsOption = computed(() =>
    this.statistics() ? sectorsOption(this.sectorRows(), this.t()) : null,
  );
  protected readonly byRule = computed(() => this.warnings()?.byRule ?? []);
  protected readonly warningsOption = computed(() =>
    this.warnings() ? warningsOption(this.byRule(), this.t()) : null,
  );
  protected readonly causeCounts = computed(() =>
    countByCategory(
      this.notStarted()?.items ?? [],
      this.categories(),
      this.t()('scheduling.dashboard.noCause'),
    ),
  );
  protected readonly causesOption = computed(() =>
    this.notStarted() ? causesOption(this.causeCounts(), this.t()) : null,
  );
  /** More not-started projects than the chart counted. */
  protected readonly causesPartial = computed(() => {
    const result = this.notStarted();
    return result !== null && result.totalCount > result.items.length;
  });

  /** The latest month asked for wins: a slower earlier answer is cancelled, never shown. */
  private request?: Subscription;

  constructor() {
    this.api
      .invoke(getSectors)
      .subscribe({ next: (list) => this.sectors.set(list), error: () => undefined });
    this.api
      .invoke(getProblemCategories)
      .subscribe({ next: (list) => this.categories.set(list), error: () => undefined });
    merge(this.year.valueChanges, this.month.valueChanges).subscribe(() => {
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { year: this.year.value, month: this.month.value },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
      this.load();
    });
    this.load();
  }

  /** A failed request is reported and leaves its chart empty; the others still show. */
  private orNull<T>(request: Observable<T>): Observable<T | null> {
    return request.pipe(
      catchError((error: unknown) => {
        this.problems.report(error);
        return of(null);
      }),
    );
  }

  protected load(): void {
    const year = this.year.value;
    const month = this.month.value;
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = forkJoin({
      trend: this.orNull(this.api.invoke(getStatisticsTrend, { year })),
      statistics: this.orNull(this.api.invoke(getStatistics, { year, month })),
      warnings: this.orNull(this.api.invoke(getWarningSummary, { year })),
      notStarted: this.orNull(
        this.api.invoke(getStatisticsProjects, {
          year,
          month,
          figure: 'NotStartedOrResumed',
          pageSize: CAUSES_PAGE_SIZE,
        }),
      ),
    }).subscribe((data: DashboardData) => {
      this.trend.set(data.trend);
      this.statistics.set(data.statistics);
      this.warnings.set(data.warnings);
      this.notStarted.set(data.notStarted);
      this.loading.set(false);
    });
  }

  /** The statistics page as of a month of the shown year. */
  private openStatistics(month: number): void {
    void this.router.navigate(['/scheduling/statistics'], {
      queryParams: { year: this.trend()?.year ?? this.year.value, month },
    });
  }

  /** The warnings page, filtered to a level (and a rule). */
  protected openWarnings(level: WarningLevel, rule?: string): void {
    void this.router.navigate(['/scheduling/warnings'], {
      queryParams: { year: this.warnings()?.year ?? this.year.value, level, rule },
    });
  }

  protected onInvestmentClick(event: ChartClick): void {
    const month = clickedMonth(event);
    if (month !== null) {
      this.openStatistics(month);
    }
  }

  protected onRatesClick(event: ChartClick): void {
    this.onInvestmentClick(event);
  }

  /** A sector's plan projects, as the statistics page lists them. */
  protected onSectorClick(event: ChartClick): void {
    const sectorCode = clickedSector(event, this.sectorRows());
    if (sectorCode === null) {
      return;
    }
    const name = this.sectorRows().find((row) => row.sectorCode === sectorCode)?.name;
    this.drilling.set({
      figure: 'Plan',
      sectorCode,
      title: { key: 'scheduling.statistics.sectorTitle', params: { sector: name ?? sectorCode } },
    });
  }

  protected onWarningsClick(event: ChartClick): void {
    const clicked = clickedWarnings(event, this.byRule());
    if (clicked) {
      this.openWarnings(clicked.level, clicked.rule);
    }
  }

  /** The not-started projects with the clicked cause (all of them for 未填报原因, which has no code to filter by). */
  protected onCauseClick(event: ChartClick): void {
    const cause = clickedCause(event, this.causeCounts());
    if (cause) {
      this.drilling.set({
        figure: 'NotStartedOrResumed',
        problemCategoryCode: cause.code ?? undefined,
        title: { key: 'scheduling.dashboard.causeTitle', params: { category: cause.name } },
      });
    }
  }
}
