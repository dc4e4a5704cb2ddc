import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { RouterLink } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { Api } from '../../../api/api';
import { getDepartmentOptions } from '../../../api/fn/identity/get-department-options';
import { getProject } from '../../../api/fn/reserve/get-project';
import { getProjectHistory } from '../../../api/fn/reserve/get-project-history';
import { getSectors } from '../../../api/fn/reserve/get-sectors';
import { submitProject } from '../../../api/fn/reserve/submit-project';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { ProjectDto } from '../../../api/models/project-dto';
import { ProjectHistoryEntryDto } from '../../../api/models/project-history-entry-dto';
import { SectorDto } from '../../../api/models/sector-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { readProblem } from '../../../core/http/problem-details';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { WanYuanPipe, sumYuan } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ProjectFormDialog } from '../project-form/project-form-dialog';
import {
  MATURITY_COLORS,
  REVIEW_STATUS_COLORS,
  SHANGHAI_TIME_ZONE,
  STATE_COLORS,
  canReview,
  canSubmitForReview,
  nextStates,
  yearMonth,
} from '../reserve-model';
import { ChangeStateDialog } from './change-state-dialog';
import { MaturityCheck } from './maturity-check';
import { ProjectHistory } from './project-history';
import { ProjectPlanYears } from './project-plan-years';
import { ReviewDialog } from './review-dialog';

/** The 422 problem of 申报 when the claimed maturity's requirements are not met. */
interface SubmitProblem {
  code?: string;
  detail?: string | null;
  missing?: string[];
}

/** 项目详情 (/reserve/projects/:id): basics (current values), 历年计划, funding, maturity check, 申报/审核, placeholders, history. */
@Component({
  selector: 'app-project-detail-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    NzTabsModule,
    WanYuanPipe,
    ProjectFormDialog,
    ChangeStateDialog,
    ProjectHistory,
    ProjectPlanYears,
    ReviewDialog,
    MaturityCheck,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-detail-page.html',
  styles: `
    .project-meta {
      display: flex;
      gap: 12px;
      align-items: center;
      margin: -8px 0 16px;
    }
    .review-comment {
      margin-bottom: 16px;
    }
    .plan-years-hint {
      color: rgba(0, 0, 0, 0.45);
    }
    .funding-totals {
      display: flex;
      gap: 24px;
      margin-top: 12px;
    }
  `,
})
export class ProjectDetailPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly auth = inject(AuthService);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  protected readonly canSubmit = this.auth.hasPermission(Permissions.reserveSubmit);
  protected readonly canManage = this.auth.hasPermission(Permissions.reserveManage);
  protected readonly canViewApprovals = this.auth.hasPermission(Permissions.approvalsView);
  protected readonly stateColors = STATE_COLORS;
  protected readonly maturityColors = MATURITY_COLORS;
  protected readonly reviewStatusColors = REVIEW_STATUS_COLORS;
  protected readonly yearMonth = yearMonth;
  protected readonly timeZone = SHANGHAI_TIME_ZONE;

  /** Route parameter :id (component input binding). */
  readonly id = input.required<string>();

  protected readonly project = signal<ProjectDto | null>(null);
  protected readonly history = signal<ProjectHistoryEntryDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly sectors = signal<SectorDto[]>([]);
  protected readonly departmentOptions = signal<DepartmentOptionDto[]>([]);
  protected readonly editing = signal(false);
  protected readonly changingState = signal(false);
  protected readonly reviewing = signal(false);
  protected readonly submitting = signal(false);
  /** What is missing for the claimed maturity after a refused 申报 (shown in a modal), or null. */
  protected readonly missing = signal<string[] | null>(null);
  protected readonly missingDetail = signal<string | null>(null);

  protected readonly showSubmit = computed(
    () => this.canSubmit && canSubmitForReview(this.project()?.reviewStatus),
  );
  protected readonly showReview = computed(
    () => this.canManage && canReview(this.project()?.reviewStatus),
  );

  protected readonly stateOptions = computed(() => {
    const project = this.project();
    return project ? nextStates(project.state) : [];
  });
  protected readonly unsecured = computed(() => {
    const project = this.project();
    return project ? sumYuan([project.totalInvestment, -project.securedFunding]) : 0;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
    // The edit form picks from these, and the history names the codes and ids it records with them.
    this.api
      .invoke(getSectors)
      .subscribe({ next: (list) => this.sectors.set(list), error: () => undefined });
    this.api
      .invoke(getDepartmentOptions)
      .subscribe({ next: (list) => this.departmentOptions.set(list), error: () => undefined });
  }

  protected reload(): void {
    this.load(this.id());
  }

  private load(id: string): void {
    this.loading.set(true);
    this.api.invoke(getProject, { id }).subscribe({
      next: (project) => {
        this.project.set(project);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
    this.api.invoke(getProjectHistory, { id }).subscribe({
      next: (entries) => this.history.set(entries),
      error: () => this.history.set([]),
    });
  }

  /** 申报: on 422 Reserve.MaturityNotMet the problem's `missing` list is shown. */
  protected submitForReview(): void {
    const project = this.project();
    if (!project || this.submitting()) {
      return;
    }
    this.submitting.set(true);
    this.api
      .invoke(submitProject, {
        id: project.id,
        body: { concurrencyStamp: project.concurrencyStamp },
      })
      .subscribe({
        next: (updated) => {
          this.submitting.set(false);
          this.message.success(this.translate.instant('reserve.review.submitted'));
          this.onSaved(updated);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.onSubmitError(error);
        },
      });
  }

  private onSubmitError(error: unknown): void {
    if (error instanceof HttpErrorResponse && error.status === 409) {
      this.message.error(this.translate.instant('errors.concurrency'));
      this.reload();
      return;
    }
    const problem = (
      error instanceof HttpErrorResponse ? (readProblem(error) ?? error.error ?? {}) : {}
    ) as SubmitProblem;
    if (
      error instanceof HttpErrorResponse &&
      error.status === 422 &&
      problem.code === 'Reserve.MaturityNotMet'
    ) {
      this.missingDetail.set(problem.detail ?? null);
      this.missing.set(Array.isArray(problem.missing) ? problem.missing : []);
      return;
    }
    this.problems.report(error);
  }

  protected onSaved(project: ProjectDto | null): void {
    this.editing.set(false);
    this.changingState.set(false);
    this.reviewing.set(false);
    if (project) {
      this.project.set(project);
      this.api.invoke(getProjectHistory, { id: project.id }).subscribe({
        next: (entries) => this.history.set(entries),
        error: () => undefined,
      });
    } else {
      this.reload();
    }
  }
}
