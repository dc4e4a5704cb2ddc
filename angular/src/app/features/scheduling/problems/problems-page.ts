import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, FormControl } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subscription, merge } from 'rxjs';
import { Api } from '../../../api/api';
import { getDepartmentOptions } from '../../../api/fn/identity/get-department-options';
import { exportProblems } from '../../../api/fn/scheduling/export-problems';
import { getProblemCategories } from '../../../api/fn/scheduling/get-problem-categories';
import { getProblemSummary } from '../../../api/fn/scheduling/get-problem-summary';
import { getProblems } from '../../../api/fn/scheduling/get-problems';
import { startProblem } from '../../../api/fn/scheduling/start-problem';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { PagedResultOfProblemDto } from '../../../api/models/paged-result-of-problem-dto';
import { ProblemCategoryDto } from '../../../api/models/problem-category-dto';
import { ProblemDto } from '../../../api/models/problem-dto';
import { ProblemStatus } from '../../../api/models/problem-status';
import { ProblemSummaryDto } from '../../../api/models/problem-summary-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { downloadExport } from '../../../shared/download';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { warningYears } from '../warnings/warnings-model';
import { ProblemCreateDialog } from './problem-create-dialog';
import { ProblemDetailDrawer } from './problem-detail-drawer';
import { ProblemReopenDialog } from './problem-reopen-dialog';
import { ProblemResolveDialog } from './problem-resolve-dialog';
import {
  DEFAULT_PROBLEM_FILTERS,
  ESCALATION_COLORS,
  PROBLEM_STATUSES,
  PROBLEM_STATUS_COLORS,
  ProblemFilters,
  canReopen,
  canResolve,
  canStart,
  problemQuery,
  problemsExportFileName,
  problemsYear,
} from './problems-model';

/**
 * 问题清单 (/scheduling/problems?year=): the year's coordination problems by status and category, the list with its
 * filters; 重点办 assigns problems, the assigned unit takes them up and resolves them with evidence, 重点办 reopens.
 */
@Component({
  selector: 'app-problems-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    ProblemCreateDialog,
    ProblemDetailDrawer,
    ProblemResolveDialog,
    ProblemReopenDialog,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './problems-page.html',
  styleUrl: '../warnings/warnings-page.less',
})
export class ProblemsPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly problems = inject(ProblemReporter);
  private readonly auth = inject(AuthService);
  protected readonly canManage = this.auth.hasPermission(Permissions.schedulingManage);
  private readonly actor = {
    departmentId: this.auth.user?.()?.departmentId ?? null,
    canReport: this.auth.hasPermission(Permissions.schedulingReport),
    canManage: this.canManage,
  };
  protected readonly statuses = PROBLEM_STATUSES;
  protected readonly statusColors = PROBLEM_STATUS_COLORS;
  protected readonly escalationColors = ESCALATION_COLORS;
  protected readonly mayStart = (problem: ProblemDto) => canStart(problem, this.actor);
  protected readonly mayResolve = (problem: ProblemDto) => canResolve(problem, this.actor);
  protected readonly mayReopen = (problem: ProblemDto) => canReopen(problem, this.canManage);

  protected readonly year = new FormControl(
    problemsYear(this.route.snapshot.queryParamMap.get('year')),
    { nonNullable: true },
  );
  protected readonly years = warningYears(this.year.value);

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    status: [null as ProblemStatus | null],
    category: [null as string | null],
    departmentId: [null as string | null],
    overdue: [false],
    search: [''],
  });

  protected readonly categories = signal<ProblemCategoryDto[]>([]);
  protected readonly departments = signal<DepartmentOptionDto[]>([]);
  protected readonly summary = signal<ProblemSummaryDto | null>(null);
  protected readonly result = signal<PagedResultOfProblemDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly starting = signal<string | null>(null);

  protected readonly creating = signal(false);
  protected readonly viewing = signal<ProblemDto | null>(null);
  protected readonly resolving = signal<ProblemDto | null>(null);
  protected readonly reopening = signal<ProblemDto | null>(null);

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
      this.reload();
    });
    const { status, category, departmentId, overdue } = this.filters.controls;
    merge(
      status.valueChanges,
      category.valueChanges,
      departmentId.valueChanges,
      overdue.valueChanges,
    ).subscribe(() => this.search());
    this.api.invoke(getProblemCategories).subscribe({
      next: (categories) => this.categories.set(categories),
      error: (error: unknown) => this.problems.report(error),
    });
    this.api.invoke(getDepartmentOptions).subscribe({
      next: (departments) => this.departments.set(departments),
      error: (error: unknown) => this.problems.report(error),
    });
    this.loadSummary();
    this.load();
  }

  private query() {
    return problemQuery(this.year.value, this.filters.getRawValue());
  }

  protected loadSummary(): void {
    this.summaryRequest?.unsubscribe();
    this.summaryRequest = this.api.invoke(getProblemSummary, { year: this.year.value }).subscribe({
      next: (summary) => this.summary.set(summary),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getProblems, { ...this.query(), page: this.page(), pageSize: this.pageSize() })
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
  protected applyFilters(filters: Partial<ProblemFilters>): void {
    this.filters.reset({ ...DEFAULT_PROBLEM_FILTERS, ...filters }, { emitEvent: false });
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

  protected export(): void {
    downloadExport(
      this.api.invoke(exportProblems, this.query()),
      problemsExportFileName(this.year.value),
      this.exporting,
      (error) => this.problems.report(error),
    );
  }

  protected reload(): void {
    this.loadSummary();
    this.load();
  }

  /** 开始办理 (confirmed in the row): no text to give, so no dialog. */
  protected start(problem: ProblemDto): void {
    this.starting.set(problem.id);
    this.api
      .invoke(startProblem, {
        id: problem.id,
        body: { concurrencyStamp: problem.concurrencyStamp },
      })
      .subscribe({
        next: () => {
          this.starting.set(null);
          this.reload();
        },
        error: (error: unknown) => {
          this.starting.set(null);
          this.problems.report(error);
          this.reload();
        },
      });
  }

  protected onCreated(): void {
    this.creating.set(false);
    this.reload();
  }

  protected onResolved(): void {
    this.resolving.set(null);
    this.reload();
  }

  protected onReopened(): void {
    this.reopening.set(null);
    this.reload();
  }
}
