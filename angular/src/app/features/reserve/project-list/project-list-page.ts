import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Api } from '../../../api/api';
import { getDepartmentOptions } from '../../../api/fn/identity/get-department-options';
import { exportProjects } from '../../../api/fn/reserve/export-projects';
import { getProjects } from '../../../api/fn/reserve/get-projects';
import { getSectors } from '../../../api/fn/reserve/get-sectors';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { InvestmentRegime } from '../../../api/models/investment-regime';
import { ProjectDto } from '../../../api/models/project-dto';
import { ProjectListItemDto } from '../../../api/models/project-list-item-dto';
import { ProjectMaturity } from '../../../api/models/project-maturity';
import { ProjectState } from '../../../api/models/project-state';
import { ReviewStatus } from '../../../api/models/review-status';
import { SectorDto } from '../../../api/models/sector-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { downloadExport } from '../../../shared/download';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ProjectFormDialog } from '../project-form/project-form-dialog';
import {
  INVESTMENT_REGIMES,
  MATURITY_COLORS,
  PROJECT_MATURITIES,
  PROJECT_STATES,
  REVIEW_STATUSES,
  REVIEW_STATUS_COLORS,
  STATE_COLORS,
  buildDepartmentOptionTree,
  yearMonth,
} from '../reserve-model';

export const PROJECTS_EXPORT_FILE_NAME = '项目库.xlsx';

export interface ProjectQuery {
  search?: string;
  sectorCode?: string;
  state?: ProjectState;
  regime?: InvestmentRegime;
  departmentId?: string;
  townId?: string;
  maturity?: ProjectMaturity;
  reviewStatus?: ReviewStatus;
}

/** 项目库: server-paged project list with filters, export and 新建项目. */
@Component({
  selector: 'app-project-list-page',
  imports: [SHARED_IMPORTS, RouterLink, WanYuanPipe, ProjectFormDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-list-page.html',
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
  `,
})
export class ProjectListPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly problems = inject(ProblemReporter);
  protected readonly canSubmit = inject(AuthService).hasPermission(Permissions.reserveSubmit);
  protected readonly states = PROJECT_STATES;
  protected readonly regimes = INVESTMENT_REGIMES;
  protected readonly stateColors = STATE_COLORS;
  protected readonly maturities = PROJECT_MATURITIES;
  protected readonly reviewStatuses = REVIEW_STATUSES;
  protected readonly maturityColors = MATURITY_COLORS;
  protected readonly reviewStatusColors = REVIEW_STATUS_COLORS;
  protected readonly yearMonth = yearMonth;

  protected readonly projects = signal<ProjectListItemDto[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly sectors = signal<SectorDto[]>([]);
  protected readonly departmentOptions = signal<DepartmentOptionDto[]>([]);
  protected readonly departmentTree = computed(() =>
    buildDepartmentOptionTree(this.departmentOptions()),
  );
  protected readonly towns = computed(() => this.departmentOptions().filter((o) => o.isTown));
  protected readonly creating = signal(false);

  protected readonly filters = inject(FormBuilder).group({
    search: [''],
    sectorCode: [null as string | null],
    state: [null as ProjectState | null],
    regime: [null as InvestmentRegime | null],
    departmentId: [null as string | null],
    townId: [null as string | null],
    maturity: [null as ProjectMaturity | null],
    reviewStatus: [null as ReviewStatus | null],
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

  protected search(): void {
    this.page.set(1);
    this.load();
  }

  protected resetFilters(): void {
    this.filters.reset({
      search: '',
      sectorCode: null,
      state: null,
      regime: null,
      departmentId: null,
      townId: null,
      maturity: null,
      reviewStatus: null,
    });
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

  /** The list's filters as the API takes them (the export uses the same ones). */
  private query(): ProjectQuery {
    const value = this.filters.getRawValue();
    return {
      search: value.search?.trim() || undefined,
      sectorCode: value.sectorCode || undefined,
      state: value.state || undefined,
      regime: value.regime || undefined,
      departmentId: value.departmentId || undefined,
      townId: value.townId || undefined,
      maturity: value.maturity || undefined,
      reviewStatus: value.reviewStatus || undefined,
    };
  }

  protected load(): void {
    this.loading.set(true);
    this.api
      .invoke(getProjects, { ...this.query(), page: this.page(), pageSize: this.pageSize() })
      .subscribe({
        next: (result) => {
          this.projects.set(result.items);
          this.total.set(result.totalCount);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  protected export(): void {
    downloadExport(
      this.api.invoke(exportProjects, this.query()),
      PROJECTS_EXPORT_FILE_NAME,
      this.exporting,
      (error) => this.problems.report(error),
    );
  }

  protected onSaved(project: ProjectDto | null): void {
    this.creating.set(false);
    if (project) {
      void this.router.navigate(['/reserve/projects', project.id]);
    } else {
      this.load();
    }
  }
}
