import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';
import { Api } from '../../../api/api';
import { getReturnedApprovalSteps } from '../../../api/fn/approvals/get-returned-approval-steps';
import { PagedResultOfTaskDto } from '../../../api/models/paged-result-of-task-dto';
import { TaskDto } from '../../../api/models/task-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ResubmitDialog } from './resubmit-dialog';

/**
 * 退回补正 (/approvals/returned): the unit's steps returned for amendment, with what the department asked for; the
 * unit (申报权限) resubmits each one after amending.
 */
@Component({
  selector: 'app-returned-page',
  imports: [SHARED_IMPORTS, RouterLink, ResubmitDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div data-testid="approval-returned-page">
      <app-page-header [title]="'approvals.returned.title' | translate">
        <button nz-button (click)="load()">
          <nz-icon nzType="reload" />{{ 'approvals.reload' | translate }}
        </button>
      </app-page-header>
      <nz-table
        #table
        nzSize="middle"
        [nzData]="result()?.items ?? []"
        [nzLoading]="loading()"
        [nzFrontPagination]="false"
        [nzTotal]="result()?.totalCount ?? 0"
        [nzPageIndex]="page()"
        [nzPageSize]="pageSize()"
        (nzPageIndexChange)="onPageIndex($event)"
      >
        <thead>
          <tr>
            <th>{{ 'approvals.fields.project' | translate }}</th>
            <th>{{ 'approvals.fields.step' | translate }}</th>
            <th>{{ 'approvals.fields.department' | translate }}</th>
            <th>{{ 'approvals.fields.round' | translate }}</th>
            <th>{{ 'approvals.returned.requested' | translate }}</th>
            <th>{{ 'approvals.returned.since' | translate }}</th>
            @if (canResubmit) {
              <th>{{ 'common.actions' | translate }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (t of table.data; track t.stepId) {
            <tr data-testid="returned-row" [attr.data-step-code]="t.stepCode">
              <td>
                <a [routerLink]="['/approvals/instances', t.instanceId]">{{ t.projectName }}</a>
              </td>
              <td>{{ t.stepName }}</td>
              <td>{{ t.departmentName }}</td>
              <td>{{ t.round }}</td>
              <td data-testid="returned-comment">{{ t.lastComment }}</td>
              <td>{{ t.since | date: 'yyyy-MM-dd HH:mm' }}</td>
              @if (canResubmit) {
                <td>
                  <button
                    nz-button
                    nzType="primary"
                    nzSize="small"
                    data-testid="resubmit-button"
                    (click)="resubmitting.set(t)"
                  >
                    {{ 'approvals.resubmit.title' | translate }}
                  </button>
                </td>
              }
            </tr>
          }
        </tbody>
      </nz-table>
      @if (resubmitting(); as t) {
        <app-resubmit-dialog [task]="t" (closed)="resubmitting.set(null)" (saved)="onDone()" />
      }
    </div>
  `,
})
export class ReturnedPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  protected readonly canResubmit = inject(AuthService).hasPermission(Permissions.reserveSubmit);

  protected readonly result = signal<PagedResultOfTaskDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly resubmitting = signal<TaskDto | null>(null);
  private request?: Subscription;

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getReturnedApprovalSteps, { page: this.page(), pageSize: this.pageSize() })
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

  protected onDone(): void {
    this.resubmitting.set(null);
    this.load();
  }

  protected onPageIndex(page: number): void {
    this.page.set(page);
    this.load();
  }
}
