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
import { getInspection } from '../../../api/fn/scheduling/get-inspection';
import { InspectionDetailDto } from '../../../api/models/inspection-detail-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { SHANGHAI_TIME_ZONE } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { InspectionAddItemDialog } from './inspection-add-item-dialog';
import { RECTIFICATION_STATUS_COLORS, rectificationEventColor } from './inspections-model';

/** 详情 drawer: the inspection, its findings, and each rectification item with its history. */
@Component({
  selector: 'app-inspection-detail-drawer',
  imports: [SHARED_IMPORTS, NzTimelineModule, InspectionAddItemDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-drawer
      [nzVisible]="true"
      [nzWidth]="720"
      [nzTitle]="'scheduling.inspections.detailTitle' | translate"
      (nzOnClose)="closed.emit()"
    >
      <ng-container *nzDrawerContent>
        <nz-spin [nzSpinning]="loading()">
          @if (detail(); as d) {
            @let i = d.inspection;
            <div data-testid="inspection-detail">
              <nz-descriptions nzSize="small" [nzColumn]="1" nzBordered>
                <nz-descriptions-item [nzTitle]="'scheduling.inspections.columns.kind' | translate">
                  {{ 'scheduling.inspections.kinds.' + i.kind | translate }}（{{ i.date }}）
                </nz-descriptions-item>
                <nz-descriptions-item
                  [nzTitle]="'scheduling.inspections.columns.inspectors' | translate"
                  >{{ i.inspectors }}</nz-descriptions-item
                >
                <nz-descriptions-item
                  [nzTitle]="'scheduling.inspections.columns.projects' | translate"
                >
                  @for (project of i.projects; track project.projectId) {
                    <div>{{ project.projectName }}</div>
                  }
                </nz-descriptions-item>
                <nz-descriptions-item
                  [nzTitle]="'scheduling.inspections.columns.findings' | translate"
                >
                  <span data-testid="inspection-detail-findings">{{ i.findings }}</span>
                </nz-descriptions-item>
              </nz-descriptions>
              @if (canInspect) {
                <button
                  nz-button
                  nzType="dashed"
                  type="button"
                  class="add-item"
                  (click)="adding.set(true)"
                  data-testid="inspection-add-item"
                >
                  <nz-icon nzType="plus" />{{ 'scheduling.inspections.addItem.button' | translate }}
                </button>
              }
              @for (entry of d.items; track entry.item.id) {
                @let r = entry.item;
                <nz-card nzSize="small" class="item" data-testid="inspection-detail-item">
                  <div>
                    <strong>{{ r.projectName }}</strong>：{{ r.description }}
                    <nz-tag [nzColor]="statusColors[r.status]">{{
                      'scheduling.inspections.statuses.' + r.status | translate
                    }}</nz-tag>
                    @if (r.overdue) {
                      <nz-tag nzColor="red">{{
                        'scheduling.inspections.overdue' | translate
                      }}</nz-tag>
                    }
                  </div>
                  <div class="muted">{{ r.responsibleDepartmentName }} · {{ r.deadline }}</div>
                  <h4 class="history-title">{{ 'scheduling.inspections.history' | translate }}</h4>
                  <nz-timeline>
                    @for (event of entry.events; track $index) {
                      <nz-timeline-item [nzColor]="eventColor(event)">
                        <div data-testid="rectification-event">
                          <span class="muted">{{
                            event.atUtc | date: 'yyyy-MM-dd HH:mm' : timeZone
                          }}</span>
                          <strong>{{
                            'scheduling.inspections.events.' + event.kind | translate
                          }}</strong>
                          @if (event.by) {
                            <span>{{ event.by }}</span>
                          }
                          <div>{{ event.text }}</div>
                        </div>
                      </nz-timeline-item>
                    }
                  </nz-timeline>
                </nz-card>
              }
            </div>
          }
        </nz-spin>
      </ng-container>
    </nz-drawer>
    @if (adding() && detail(); as d) {
      <app-inspection-add-item-dialog
        [inspection]="d.inspection"
        (closed)="adding.set(false)"
        (saved)="onItemAdded()"
      />
    }
  `,
  styles: `
    .add-item {
      margin-top: 16px;
    }
    .item {
      margin-top: 16px;
    }
    .muted {
      margin-right: 8px;
      color: rgba(0, 0, 0, 0.45);
    }
    strong {
      margin-right: 8px;
    }
    .history-title {
      margin: 12px 0 8px;
      font-weight: 600;
    }
  `,
})
export class InspectionDetailDrawer implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly inspectionId = input.required<string>();
  readonly closed = output<void>();
  /** An item was added: the page's lists are stale. */
  readonly changed = output<void>();

  protected readonly canInspect = inject(AuthService).hasPermission(Permissions.schedulingInspect);
  protected readonly adding = signal(false);

  protected readonly statusColors = RECTIFICATION_STATUS_COLORS;
  protected readonly eventColor = rectificationEventColor;
  protected readonly timeZone = SHANGHAI_TIME_ZONE;
  protected readonly loading = signal(true);
  protected readonly detail = signal<InspectionDetailDto | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.api.invoke(getInspection, { id: this.inspectionId() }).subscribe({
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

  /** Saved, or refused as stale (409): either way the drawer shows the inspection afresh. */
  protected onItemAdded(): void {
    this.adding.set(false);
    this.load();
    this.changed.emit();
  }
}
