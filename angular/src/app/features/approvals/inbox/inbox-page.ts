import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';
import { Api } from '../../../api/api';
import { claimApprovalStep } from '../../../api/fn/approvals/claim-approval-step';
import { getApprovalInbox } from '../../../api/fn/approvals/get-approval-inbox';
import { PagedResultOfTaskDto } from '../../../api/models/paged-result-of-task-dto';
import { TaskDto } from '../../../api/models/task-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { LIMIT_COLORS } from '../approvals-model';
import { DecisionDialog } from './decision-dialog';
import { StepAssignDialog } from './step-assign-dialog';

/**
 * 我的待办 (/approvals/inbox): the department's pending steps, the longest waiting first, with where each stands
 * against its time limit; a member claims a step, hands it to a colleague, or decides it.
 */
@Component({
  selector: 'app-inbox-page',
  imports: [SHARED_IMPORTS, RouterLink, DecisionDialog, StepAssignDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inbox-page.html',
  styleUrl: '../approvals.less',
})
export class InboxPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  protected readonly limitColors = LIMIT_COLORS;

  protected readonly result = signal<PagedResultOfTaskDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly claiming = signal<string | null>(null);
  protected readonly deciding = signal<TaskDto | null>(null);
  protected readonly assigning = signal<TaskDto | null>(null);

  private request?: Subscription;

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getApprovalInbox, { page: this.page(), pageSize: this.pageSize() })
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

  protected claim(task: TaskDto): void {
    this.claiming.set(task.stepId);
    this.api.invoke(claimApprovalStep, { stepId: task.stepId }).subscribe({
      next: () => {
        this.claiming.set(null);
        this.load();
      },
      error: (error: unknown) => {
        this.claiming.set(null);
        this.problems.report(error);
        this.load();
      },
    });
  }

  /** After a decision, a hand-over or a stale attempt (null): the inbox is read again. */
  protected onDone(): void {
    this.deciding.set(null);
    this.assigning.set(null);
    this.load();
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
