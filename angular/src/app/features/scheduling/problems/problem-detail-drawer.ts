import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { Api } from '../../../api/api';
import { getProblem } from '../../../api/fn/scheduling/get-problem';
import { ProblemDetailDto } from '../../../api/models/problem-detail-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHANGHAI_TIME_ZONE } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ESCALATION_COLORS, PROBLEM_STATUS_COLORS, problemEventColor } from './problems-model';

/** 详情 drawer: the problem as assigned, its result and evidence, and its history (交办、办理、销号、提级). */
@Component({
  selector: 'app-problem-detail-drawer',
  imports: [SHARED_IMPORTS, NzTimelineModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-drawer
      [nzVisible]="true"
      [nzWidth]="640"
      [nzTitle]="'scheduling.problems.detailTitle' | translate"
      (nzOnClose)="closed.emit()"
    >
      <ng-container *nzDrawerContent>
        <nz-spin [nzSpinning]="loading()">
          @if (detail(); as d) {
            @let p = d.problem;
            <div data-testid="problem-detail">
              <nz-descriptions nzSize="small" [nzColumn]="1" nzBordered>
                <nz-descriptions-item [nzTitle]="'scheduling.columns.name' | translate">
                  <span data-testid="problem-detail-project">{{ p.projectName }}</span>
                </nz-descriptions-item>
                <nz-descriptions-item
                  [nzTitle]="'scheduling.problems.columns.category' | translate"
                >
                  {{ p.categoryName }}
                </nz-descriptions-item>
                <nz-descriptions-item
                  [nzTitle]="'scheduling.problems.columns.description' | translate"
                >
                  {{ p.description }}
                </nz-descriptions-item>
                <nz-descriptions-item
                  [nzTitle]="'scheduling.problems.columns.department' | translate"
                >
                  {{ p.assignedDepartmentName }}
                </nz-descriptions-item>
                <nz-descriptions-item
                  [nzTitle]="'scheduling.problems.columns.deadline' | translate"
                >
                  {{ p.deadline }}
                  @if (p.overdue) {
                    <nz-tag nzColor="red">{{ 'scheduling.problems.overdue' | translate }}</nz-tag>
                  }
                </nz-descriptions-item>
                <nz-descriptions-item [nzTitle]="'scheduling.problems.columns.status' | translate">
                  <nz-tag [nzColor]="statusColors[p.status]">{{
                    'scheduling.problems.statuses.' + p.status | translate
                  }}</nz-tag>
                  @if (p.escalated) {
                    <nz-tag [nzColor]="escalationColors[p.escalationLevel]">{{
                      'scheduling.problems.escalations.' + p.escalationLevel | translate
                    }}</nz-tag>
                  }
                </nz-descriptions-item>
                @if (p.resolution) {
                  <nz-descriptions-item
                    [nzTitle]="'scheduling.problems.resolve.resolution' | translate"
                  >
                    <span data-testid="problem-detail-resolution">{{ p.resolution }}</span>
                  </nz-descriptions-item>
                  <nz-descriptions-item
                    [nzTitle]="'scheduling.problems.resolve.evidence' | translate"
                  >
                    {{ p.evidence }}
                  </nz-descriptions-item>
                }
              </nz-descriptions>

              <h4 class="history-title">{{ 'scheduling.problems.history' | translate }}</h4>
              <nz-timeline data-testid="problem-events">
                @for (event of d.events; track $index) {
                  <nz-timeline-item [nzColor]="eventColor(event)">
                    <div data-testid="problem-event">
                      <span class="muted">{{
                        event.atUtc | date: 'yyyy-MM-dd HH:mm' : timeZone
                      }}</span>
                      <strong data-testid="problem-event-kind">{{
                        'scheduling.problems.events.' + event.kind | translate
                      }}</strong>
                      @if (event.by) {
                        <span>{{ event.by }}</span>
                      }
                      <div data-testid="problem-event-text">{{ event.text }}</div>
                    </div>
                  </nz-timeline-item>
                }
              </nz-timeline>
            </div>
          }
        </nz-spin>
      </ng-container>
    </nz-drawer>
  `,
  styles: `
    .muted {
      margin-right: 8px;
      color: rgba(0, 0, 0, 0.45);
    }
    strong {
      margin-right: 8px;
    }
    .history-title {
      margin: 24px 0 16px;
      font-weight: 600;
    }
  `,
})
export class ProblemDetailDrawer implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly problemId = input.required<string>();
  readonly closed = output<void>();

  protected readonly statusColors = PROBLEM_STATUS_COLORS;
  protected readonly escalationColors = ESCALATION_COLORS;
  protected readonly timeZone = SHANGHAI_TIME_ZONE;
  protected readonly eventColor = problemEventColor;
  protected readonly loading = signal(true);
  protected readonly detail = signal<ProblemDetailDto | null>(null);

  ngOnInit(): void {
    this.api.invoke(getProblem, { id: this.problemId() }).subscribe({
      next: (detail) => {
        this.detail.set(detail);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }
}
