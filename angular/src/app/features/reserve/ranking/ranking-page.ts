import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Api } from '../../../api/api';
import { getDepartmentOptions } from '../../../api/fn/identity/get-department-options';
import { exportRanking } from '../../../api/fn/reserve/export-ranking';
import { getRanking } from '../../../api/fn/reserve/get-ranking';
import { getRankingCriteria } from '../../../api/fn/reserve/get-ranking-criteria';
import { getSectors } from '../../../api/fn/reserve/get-sectors';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { ProjectMaturity } from '../../../api/models/project-maturity';
import { RankedProjectDto } from '../../../api/models/ranked-project-dto';
import { RankingCriterionDto } from '../../../api/models/ranking-criterion-dto';
import { SectorDto } from '../../../api/models/sector-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { downloadExport } from '../../../shared/download';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { MATURITY_COLORS, PROJECT_MATURITIES } from '../reserve-model';
import { AssessmentDialog } from './assessment-dialog';
import { CriteriaDrawer } from './criteria-drawer';
import { formatScore } from './ranking-model';

export const RANKING_EXPORT_FILE_NAME = '项目排序.xlsx';

/** 项目排序 (/reserve/ranking): library projects in preparation ranked by weighted score, with the reason for each. */
@Component({
  selector: 'app-ranking-page',
  imports: [SHARED_IMPORTS, RouterLink, WanYuanPipe, AssessmentDialog, CriteriaDrawer],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ranking-page.html',
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 16px;
    }
    .filter {
      width: 180px;
    }
    .filter-wide {
      width: 240px;
    }
    .nowrap {
      white-space: nowrap;
    }
    .scope {
      margin-bottom: 8px;
      color: rgba(0, 0, 0, 0.45);
    }
    .score {
      font-weight: 600;
    }
  `,
})
export class RankingPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.reserveManage);
  protected readonly maturities = PROJECT_MATURITIES;
  protected readonly maturityColors = MATURITY_COLORS;
  protected readonly formatScore = formatScore;

  protected readonly rows = signal<RankedProjectDto[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly sectors = signal<SectorDto[]>([]);
  protected readonly departmentOptions = signal<DepartmentOptionDto[]>([]);
  protected readonly towns = computed(() => this.departmentOptions().filter((o) => o.isTown));
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly criteria = signal<RankingCriterionDto[] | null>(null);
  protected readonly assessing = signal<RankedProjectDto | null>(null);

  protected readonly filters = inject(FormBuilder).group({
    search: [''],
    sectorCode: [null as string | null],
    townId: [null as string | null],
    maturity: [null as ProjectMaturity | null],
  });

  constructor() {
    this.api
      .invoke(getSectors)
      .subscribe({ next: (list) => this.sectors.set(list), error: () => undefined });
    this.api
      .invoke(getDepartmentOptions)
      .subscribe({ next: (list) => this.departmentOptions.set(list), error: () => undefined });
    this.load();
  }

  private query() {
    const value = this.filters.getRawValue();
    return {
      search: value.search?.trim() || undefined,
      sectorCode: value.sectorCode || undefined,
      townId: value.townId || undefined,
      maturity: value.maturity || undefined,
    };
  }

  protected search(): void {
    this.page.set(1);
    this.load();
  }

  protected resetFilters(): void {
    this.filters.reset({ search: '', sectorCode: null, townId: null, maturity: null });
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
    this.api
      .invoke(getRanking, { ...this.query(), page: this.page(), pageSize: this.pageSize() })
      .subscribe({
        next: (result) => {
          this.rows.set(result.items);
          this.total.set(result.totalCount);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  protected toggle(id: string, open: boolean): void {
    this.expanded.update((ids) => {
      const next = new Set(ids);
      if (open) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }

  protected export(): void {
    downloadExport(
      this.api.invoke(exportRanking, this.query()),
      RANKING_EXPORT_FILE_NAME,
      this.exporting,
      (error) => this.problems.report(error),
    );
  }

  protected openCriteria(): void {
    this.api.invoke(getRankingCriteria).subscribe({
      next: (criteria) => this.criteria.set(criteria),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  /** After the criteria or a project's scores were saved (or went stale), the ranking is read again. */
  protected onChanged(): void {
    this.criteria.set(null);
    this.assessing.set(null);
    this.load();
  }
}
