import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, FormControl } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { Subscription } from 'rxjs';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Api } from '../../../api/api';
import { getDepartmentOptions } from '../../../api/fn/identity/get-department-options';
import { exportAnnualPlan } from '../../../api/fn/reserve/export-annual-plan';
import { getAnnualPlan } from '../../../api/fn/reserve/get-annual-plan';
import { getSectors } from '../../../api/fn/reserve/get-sectors';
import { listPlanEntries } from '../../../api/fn/reserve/list-plan-entries';
import { removePlanEntry } from '../../../api/fn/reserve/remove-plan-entry';
import { AnnualPlanDto } from '../../../api/models/annual-plan-dto';
import { ConstructionType } from '../../../api/models/construction-type';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { PlanEntryDto } from '../../../api/models/plan-entry-dto';
import { SectorDto } from '../../../api/models/sector-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { downloadExport } from '../../../shared/download';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { yearMonth } from '../reserve-model';
import { downloadPlanTemplate } from './plan-downloads';
import { PlanEntryDialog } from './plan-entry-dialog';
import { PlanImportDialog } from './plan-import-dialog';
import { PlanMilestonesDialog } from './plan-milestones-dialog';
import {
  CONSTRUCTION_TYPES,
  TYPE_COLORS,
  hasLateMilestone,
  nextMilestone,
  parsePlanYear,
  planExportFileName,
  planYears,
  shanghaiYear,
  sortTargets,
  targetSentence,
} from './plan-model';
import { PlanTargetsDialog } from './plan-targets-dialog';

/** 年度重点项目计划 (/reserve/plan?year=): the year's targets, totals and entries with their milestones. */
@Component({
  selector: 'app-plan-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    WanYuanPipe,
    PlanEntryDialog,
    PlanImportDialog,
    PlanMilestonesDialog,
    PlanTargetsDialog,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-page.html',
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
    .filter {
      width: 160px;
    }
    .filter-wide {
      width: 240px;
    }
    .summary {
      display: grid;
      grid-template-columns: repeat(6, minmax(0, 1fr));
      gap: 16px;
      margin-bottom: 16px;
    }
    .summary-value {
      font-size: 22px;
      font-weight: 600;
    }
    .summary-unit {
      margin-left: 4px;
      color: rgba(0, 0, 0, 0.45);
    }
    .late {
      color: #cf1322;
    }
    .targets {
      margin-bottom: 16px;
    }
    .targets ul {
      margin: 0;
      padding-left: 20px;
    }
  `,
})
export class PlanPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);
  private readonly auth = inject(AuthService);
  protected readonly canManage = this.auth.hasPermission(Permissions.reserveManage);
  protected readonly canSchedule =
    this.canManage || this.auth.hasPermission(Permissions.reserveSubmit);
  protected readonly types = CONSTRUCTION_TYPES;
  protected readonly typeColors = TYPE_COLORS;
  protected readonly yearMonth = yearMonth;

  protected readonly year = new FormControl(
    parsePlanYear(this.route.snapshot.queryParamMap.get('year')) ?? shanghaiYear(),
    { nonNullable: true },
  );
  protected readonly years = [...new Set([this.year.value, ...planYears(shanghaiYear())])].sort(
    (a, b) => b - a,
  );

  protected readonly plan = signal<AnnualPlanDto | null>(null);
  protected readonly entries = signal<PlanEntryDto[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly downloadingTemplate = signal(false);
  protected readonly sectors = signal<SectorDto[]>([]);
  protected readonly departmentOptions = signal<DepartmentOptionDto[]>([]);
  protected readonly towns = computed(() => this.departmentOptions().filter((o) => o.isTown));

  /** 'new' while 纳入计划 is open, the entry while 编辑 is. */
  protected readonly editing = signal<PlanEntryDto | 'new' | null>(null);
  protected readonly scheduling = signal<PlanEntryDto | null>(null);
  protected readonly editingTargets = signal(false);
  protected readonly importing = signal(false);

  /** 续建 / 新建 / 拟开工 counts and planned investment (yuan), zero for a type with no entry. */
  protected readonly byType = computed(() =>
    this.types.map((type) => {
      const found = this.plan()?.byType.find((t) => t.type === type);
      return { type, count: found?.count ?? 0, plannedInvestment: found?.plannedInvestment ?? 0 };
    }),
  );
  protected readonly targets = computed(() =>
    sortTargets(this.plan()?.targets ?? []).map((target) => ({
      kind: target.kind,
      ...targetSentence(target),
    })),
  );
  protected readonly rows = computed(() =>
    this.entries().map((entry, index) => ({
      entry,
      serialNo: entry.serialNo ?? (this.page() - 1) * this.pageSize() + index + 1,
      next: nextMilestone(entry.milestones),
      late: hasLateMilestone(entry.milestones),
    })),
  );

  protected readonly filters = inject(FormBuilder).group({
    search: [''],
    type: [null as ConstructionType | null],
    sectorCode: [null as string | null],
    townId: [null as string | null],
  });

  /** The latest request wins: a slower earlier one (another year, other filters) is cancelled, never shown. */
  private planRequest?: Subscription;
  private entriesRequest?: Subscription;

  constructor() {
    this.api
      .invoke(getSectors)
      .subscribe({ next: (list) => this.sectors.set(list), error: () => undefined });
    this.api
      .invoke(getDepartmentOptions)
      .subscribe({ next: (list) => this.departmentOptions.set(list), error: () => undefined });
    this.year.valueChanges.subscribe((year) => {
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { year },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
      this.page.set(1);
      this.reload();
    });
    this.reload();
  }

  /** The list's filters as the API takes them (the export uses the same ones). */
  private query() {
    const value = this.filters.getRawValue();
    return {
      year: this.year.value,
      search: value.search?.trim() || undefined,
      type: value.type || undefined,
      sectorCode: value.sectorCode || undefined,
      townId: value.townId || undefined,
    };
  }

  /** The summary and the current page of entries. */
  protected reload(): void {
    this.loadPlan();
    this.loadEntries();
  }

  private loadPlan(): void {
    this.planRequest?.unsubscribe();
    this.planRequest = this.api.invoke(getAnnualPlan, { year: this.year.value }).subscribe({
      next: (plan) => this.plan.set(plan),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  protected loadEntries(): void {
    this.loading.set(true);
    this.entriesRequest?.unsubscribe();
    this.entriesRequest = this.api
      .invoke(listPlanEntries, { ...this.query(), page: this.page(), pageSize: this.pageSize() })
      .subscribe({
        next: (result) => {
          this.entries.set(result.items);
          this.total.set(result.totalCount);
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
    this.loadEntries();
  }

  protected resetFilters(): void {
    this.filters.reset({ search: '', type: null, sectorCode: null, townId: null });
    this.search();
  }

  protected onPageIndex(page: number): void {
    this.page.set(page);
    this.loadEntries();
  }

  protected onPageSize(size: number): void {
    this.pageSize.set(size);
    this.page.set(1);
    this.loadEntries();
  }

  protected export(): void {
    downloadExport(
      this.api.invoke(exportAnnualPlan, this.query()),
      planExportFileName(this.year.value),
      this.exporting,
      (error) => this.problems.report(error),
    );
  }

  protected downloadTemplate(): void {
    downloadPlanTemplate(this.api, this.downloadingTemplate, (error) =>
      this.problems.report(error),
    );
  }

  protected remove(entry: PlanEntryDto): void {
    this.api
      .invoke(removePlanEntry, {
        year: entry.year,
        id: entry.id,
        concurrencyStamp: entry.concurrencyStamp,
      })
      .subscribe({
        next: () => {
          this.message.success(this.translate.instant('reserve.plan.removed'));
          this.reload();
        },
        error: (error: unknown) => {
          this.problems.report(error);
          this.reload();
        },
      });
  }

  /** After a dialog saved (or found its record stale): close it and read the plan again. */
  protected onChanged(): void {
    this.editing.set(null);
    this.scheduling.set(null);
    this.editingTargets.set(false);
    this.reload();
  }
}
