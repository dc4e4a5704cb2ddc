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
import { RouterLink } from '@angular/router';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { Api } from '../../../api/api';
import { getDepartmentOptions } from '../../../api/fn/identity/get-department-options';
import { getProject } from '../../../api/fn/reserve/get-project';
import { getProjectHistory } from '../../../api/fn/reserve/get-project-history';
import { getSectors } from '../../../api/fn/reserve/get-sectors';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { ProjectDto } from '../../../api/models/project-dto';
import { ProjectHistoryEntryDto } from '../../../api/models/project-history-entry-dto';
import { SectorDto } from '../../../api/models/sector-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { WanYuanPipe, sumYuan } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ProjectFormDialog } from '../project-form/project-form-dialog';
import { SHANGHAI_TIME_ZONE, STATE_COLORS, nextStates, yearMonth } from '../reserve-model';
import { ChangeStateDialog } from './change-state-dialog';
import { ProjectHistory } from './project-history';

/** 项目详情 (/reserve/projects/:id): basics, funding, placeholders of later modules, history. */
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
  protected readonly canSubmit = this.auth.hasPermission(Permissions.reserveSubmit);
  protected readonly canManage = this.auth.hasPermission(Permissions.reserveManage);
  protected readonly stateColors = STATE_COLORS;
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
    if (this.canSubmit) {
      this.api
        .invoke(getSectors)
        .subscribe({ next: (list) => this.sectors.set(list), error: () => undefined });
      this.api
        .invoke(getDepartmentOptions)
        .subscribe({ next: (list) => this.departmentOptions.set(list), error: () => undefined });
    }
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

  protected onSaved(project: ProjectDto | null): void {
    this.editing.set(false);
    this.changingState.set(false);
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
