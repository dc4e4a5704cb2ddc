import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subscription, merge } from 'rxjs';
import { Api } from '../../../api/api';
import { getApprovalInstances } from '../../../api/fn/approvals/get-approval-instances';
import { getProject } from '../../../api/fn/reserve/get-project';
import { getProjects } from '../../../api/fn/reserve/get-projects';
import { InstanceDto } from '../../../api/models/instance-dto';
import { PagedResultOfInstanceSummaryDto } from '../../../api/models/paged-result-of-instance-summary-dto';
import { ProjectListItemDto } from '../../../api/models/project-list-item-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { STATE_COLORS } from '../approvals-model';
import { StartDialog } from './start-dialog';

/** 审批实例 (/approvals/instances): the approval runs the user may see, newest first, by project and state; 统筹 starts one. */
@Component({
  selector: 'app-instance-list-page',
  imports: [SHARED_IMPORTS, RouterLink, StartDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div data-testid="approval-instances-page">
      <app-page-header [title]="'approvals.instances.title' | translate">
        @if (canManage) {
          <button
            nz-button
            nzType="primary"
            data-testid="start-button"
            (click)="starting.set(true)"
          >
            <nz-icon nzType="plus" />{{ 'approvals.start.title' | translate }}
          </button>
        }
      </app-page-header>
      <form class="toolbar" [formGroup]="filters">
        <nz-select
          class="filter-wide"
          formControlName="projectId"
          nzAllowClear
          nzShowSearch
          nzServerSearch
          data-testid="instance-filter-project"
          [nzPlaceHolder]="'approvals.instances.projectPlaceholder' | translate"
          (nzOnSearch)="searchProjects($event)"
        >
          @for (p of projectOptions(); track p.id) {
            <nz-option [nzValue]="p.id" [nzLabel]="p.name" />
          }
        </nz-select>
        <nz-select
          class="filter"
          formControlName="state"
          nzAllowClear
          data-testid="instance-filter-state"
          [nzPlaceHolder]="'approvals.fields.state' | translate"
        >
          @for (s of states; track s) {
            <nz-option [nzValue]="s" [nzLabel]="'approvals.instanceStates.' + s | translate" />
          }
        </nz-select>
      </form>
      <nz-table
        #table
        nzSize="middle"
        [nzData]="result()?.items ?? []"
        [nzLoading]="loading()"
        [nzFrontPagination]="false"
        [nzTotal]="result()?.totalCount ?? 0"
        [nzPageIndex]="page()"
        [nzPageSize]="pageSize()"
        [nzShowTotal]="totalTpl"
        nzShowSizeChanger
        (nzPageIndexChange)="onPageIndex($event)"
        (nzPageSizeChange)="onPageSize($event)"
      >
        <thead>
          <tr>
            <th>{{ 'approvals.fields.project' | translate }}</th>
            <th>{{ 'approvals.fields.regime' | translate }}</th>
            <th>{{ 'approvals.fields.state' | translate }}</th>
            <th>{{ 'approvals.fields.progress' | translate }}</th>
            <th>{{ 'approvals.fields.pending' | translate }}</th>
            <th>{{ 'approvals.fields.startedAt' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (i of table.data; track i.id) {
            <tr data-testid="instance-row">
              <td>
                <a [routerLink]="['/approvals/instances', i.id]" data-testid="instance-link">{{
                  i.projectName
                }}</a>
              </td>
              <td>{{ 'approvals.regimes.' + i.regime | translate }}</td>
              <td>
                <nz-tag [nzColor]="stateColors[i.state]">{{
                  'approvals.instanceStates.' + i.state | translate
                }}</nz-tag>
              </td>
              <td>{{ i.doneCount }} / {{ i.stepCount }}</td>
              <td>{{ i.pendingSteps.join('、') || '—' }}</td>
              <td>{{ i.startedAt | date: 'yyyy-MM-dd' }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #totalTpl let-total>{{ 'common.total' | translate: { total } }}</ng-template>
      @if (starting()) {
        <app-start-dialog (closed)="starting.set(false)" (started)="onStarted($event)" />
      }
    </div>
  `,
  styleUrl: '../approvals.less',
})
export class InstanceListPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly problems = inject(ProblemReporter);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.approvalsManage);
  protected readonly stateColors = STATE_COLORS;
  protected readonly states = ['Running', 'Completed', 'Rejected'];

  protected readonly filters = inject(FormBuilder).group({
    projectId: [null as string | null],
    state: [null as string | null],
  });
  protected readonly projects = signal<ProjectListItemDto[]>([]);
  /** The project a link filtered by (e.g. from the project page), kept among the options whatever the search. */
  private readonly linkedProject = signal<{ id: string; name: string } | null>(null);
  protected readonly projectOptions = computed(() => {
    const linked = this.linkedProject();
    const found = this.projects();
    return linked ? [linked, ...found.filter((p) => p.id !== linked.id)] : found;
  });
  protected readonly result = signal<PagedResultOfInstanceSummaryDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly starting = signal(false);
  private request?: Subscription;

  constructor() {
    const linked = inject(ActivatedRoute).snapshot.queryParamMap.get('projectId');
    if (linked) {
      this.filters.controls.projectId.setValue(linked);
      this.api.invoke(getProject, { id: linked }).subscribe({
        next: (project) => this.linkedProject.set({ id: project.id, name: project.name }),
        error: (error: unknown) => this.problems.report(error),
      });
    }
    merge(
      this.filters.controls.projectId.valueChanges,
      this.filters.controls.state.valueChanges,
    ).subscribe(() => {
      this.page.set(1);
      this.load();
    });
    this.searchProjects('');
    this.load();
  }

  protected searchProjects(search: string): void {
    this.api.invoke(getProjects, { search: search || undefined, pageSize: 50 }).subscribe({
      next: (page) => this.projects.set(page.items),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  protected load(): void {
    const { projectId, state } = this.filters.getRawValue();
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getApprovalInstances, {
        projectId: projectId ?? undefined,
        state: state ?? undefined,
        page: this.page(),
        pageSize: this.pageSize(),
      })
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

  protected onStarted(instance: InstanceDto): void {
    this.starting.set(false);
    void this.router.navigate(['/approvals/instances', instance.id]);
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
}
