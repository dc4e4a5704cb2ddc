import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { Subscription, merge } from 'rxjs';
import { Api } from '../../../api/api';
import { getSectors } from '../../../api/fn/reserve/get-sectors';
import { getProblemCategories } from '../../../api/fn/scheduling/get-problem-categories';
import { getStatistics } from '../../../api/fn/scheduling/get-statistics';
import { ConstructionType } from '../../../api/models/construction-type';
import { ProblemCategoryDto } from '../../../api/models/problem-category-dto';
import { SectorDto } from '../../../api/models/sector-dto';
import { StatisticsDto } from '../../../api/models/statistics-dto';
import { StatisticsFigure } from '../../../api/models/statistics-figure';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { TYPE_COLORS } from '../../../shared/construction-types';
import { shanghaiYear } from '../../../shared/dates';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ReportMonth, isFutureMonth, progressYears } from '../progress/progress-model';
import { StatisticsHistoryDialog } from './statistics-history-dialog';
import {
  DrillDown,
  STARTED_FIGURE,
  formatRate,
  fraction,
  lastYearNote,
  rateCards,
  scheduleText,
  sortByType,
  statisticsMonth,
  targetLines,
  yoyGrowth,
} from './statistics-model';
import { StatisticsProjectsDialog } from './statistics-projects-dialog';

/**
 * 调度统计 (/scheduling/statistics?year=&month=): the quarterly meeting's figures as of a month — 开复工率, 投资完成额
 * and 同比, completion against time elapsed, the plan's targets, by type and by sector — each count opening the
 * projects behind it.
 */
@Component({
  selector: 'app-statistics-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    NzProgressModule,
    WanYuanPipe,
    StatisticsProjectsDialog,
    StatisticsHistoryDialog,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './statistics-page.html',
  styleUrl: './statistics-page.less',
})
export class StatisticsPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly problems = inject(ProblemReporter);
  private readonly auth = inject(AuthService);
  protected readonly canManage = this.auth.hasPermission(Permissions.schedulingManage);
  protected readonly typeColors = TYPE_COLORS;
  protected readonly months = Array.from({ length: 12 }, (_, i) => i + 1);
  protected readonly isFutureMonth = isFutureMonth;
  protected readonly startedFigure = STARTED_FIGURE;

  private readonly initial: ReportMonth = statisticsMonth(
    this.route.snapshot.queryParamMap.get('year'),
    this.route.snapshot.queryParamMap.get('month'),
  );
  protected readonly year = new FormControl(this.initial.year, { nonNullable: true });
  protected readonly month = new FormControl(this.initial.month, { nonNullable: true });
  protected readonly years = [...new Set([this.year.value, ...progressYears(shanghaiYear())])].sort(
    (a, b) => b - a,
  );

  protected readonly statistics = signal<StatisticsDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly sectors = signal<SectorDto[]>([]);
  protected readonly categories = signal<ProblemCategoryDto[]>([]);
  protected readonly sectorNames = computed(
    () => new Map(this.sectors().map((sector) => [sector.code, sector.name])),
  );
  protected readonly drilling = signal<DrillDown | null>(null);
  protected readonly editingHistory = signal(false);

  /** The month the figures are for, as the server answered. */
  protected readonly shown = computed<ReportMonth | null>(() => {
    const statistics = this.statistics();
    return statistics ? { year: statistics.year, month: statistics.month } : null;
  });
  protected readonly rates = computed(() => {
    const statistics = this.statistics();
    return statistics ? rateCards(statistics) : [];
  });
  protected readonly toStartRate = computed(() => {
    const statistics = this.statistics();
    return statistics
      ? formatRate(fraction(statistics.plannedStartedCount, statistics.plannedCount))
      : '';
  });
  protected readonly yoy = computed(() => yoyGrowth(this.statistics()?.yoyGrowth));
  protected readonly lastYearNote = computed(() => lastYearNote(this.statistics()?.lastYearSource));
  protected readonly completion = computed(() => {
    const statistics = this.statistics();
    if (!statistics) {
      return null;
    }
    const rate = statistics.planCompletionRate;
    return {
      rate: formatRate(rate),
      percent: rate === null ? 0 : Math.min(100, Math.round(rate * 10_000) / 100),
      elapsed: formatRate(statistics.timeElapsedRate),
      elapsedPercent: Math.round(statistics.timeElapsedRate * 10_000) / 100,
      schedule: scheduleText(rate, statistics.timeElapsedRate),
    };
  });
  protected readonly targets = computed(() => targetLines(this.statistics()?.targets ?? []));
  protected readonly byType = computed(() => sortByType(this.statistics()?.byType ?? []));
  protected readonly bySector = computed(() => this.statistics()?.bySector ?? []);

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

  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getStatistics, { year: this.year.value, month: this.month.value })
      .subscribe({
        next: (statistics) => {
          this.statistics.set(statistics);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  /** Opens the projects behind one of the page's figures. */
  protected drill(figure: StatisticsFigure): void {
    this.drilling.set({ figure, title: { key: `scheduling.statistics.figures.${figure}` } });
  }

  /** A type row's projects, or only its 已开(复)工 ones. */
  protected drillType(type: ConstructionType, started = false): void {
    const figure = started ? STARTED_FIGURE[type] : 'Plan';
    this.drilling.set({
      figure,
      type,
      title: started
        ? { key: `scheduling.statistics.figures.${figure}` }
        : { key: `scheduling.types.${type}` },
    });
  }

  /** A sector's plan projects. */
  protected drillSector(sectorCode: string): void {
    this.drilling.set({
      figure: 'Plan',
      sectorCode,
      title: {
        key: 'scheduling.statistics.sectorTitle',
        params: { sector: this.sectorNames().get(sectorCode) ?? sectorCode },
      },
    });
  }

  /** After 往年数据 was saved: 同比 may have changed. */
  protected onHistorySaved(): void {
    this.editingHistory.set(false);
    this.load();
  }
}
