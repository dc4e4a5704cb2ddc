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
import { getWarning } from '../../../api/fn/scheduling/get-warning';
import { WarningDetailDto } from '../../../api/models/warning-detail-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHANGHAI_TIME_ZONE } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import {
  EXEMPTION_COLORS,
  LEVEL_COLORS,
  STATUS_COLORS,
  eventColor,
  measureText,
} from './warnings-model';

/** 详情 drawer: why the project is warned (rule, thresholds, measure, data, version, since) and the warning's history. */
@Component({
  selector: 'app-warning-detail-drawer',
  imports: [SHARED_IMPORTS, NzTimelineModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-drawer
      [nzVisible]="true"
      [nzWidth]="640"
      [nzTitle]="'scheduling.warnings.detailTitle' | translate"
      (nzOnClose)="closed.emit()"
    >
      <ng-container *nzDrawerContent>
        <nz-spin [nzSpinning]="loading()">
          @if (detail(); as d) {
            @let w = d.warning;
            <div data-testid="warning-detail">
              <nz-descriptions nzSize="small" [nzColumn]="1" nzBordered>
                <nz-descriptions-item [nzTitle]="'scheduling.columns.name' | translate">
                  <span data-testid="warning-detail-project">{{ w.projectName }}</span>
                  @if (w.projectCode) {
                    <span class="muted">（{{ w.projectCode }}）</span>
                  }
                </nz-descriptions-item>
                <nz-descriptions-item [nzTitle]="'scheduling.columns.unit' | translate">
                  {{ w.responsibleUnit }}
                </nz-descriptions-item>
                <nz-descriptions-item [nzTitle]="'scheduling.warnings.columns.level' | translate">
                  <nz-tag [nzColor]="levelColors[w.level]">{{
                    'scheduling.warnings.levels.' + w.level | translate
                  }}</nz-tag>
                  <nz-tag [nzColor]="statusColors[w.status]">{{
                    'scheduling.warnings.statuses.' + w.status | translate
                  }}</nz-tag>
                </nz-descriptions-item>
                <nz-descriptions-item [nzTitle]="'scheduling.warnings.columns.rule' | translate">
                  <span data-testid="warning-detail-rule">{{ w.ruleName }}</span>
                  <span class="muted">{{
                    'scheduling.warnings.ruleVersion' | translate: { version: w.ruleVersion }
                  }}</span>
                </nz-descriptions-item>
                <nz-descriptions-item
                  [nzTitle]="'scheduling.warnings.columns.thresholds' | translate"
                >
                  <span data-testid="warning-detail-thresholds">{{ w.thresholds }}</span>
                </nz-descriptions-item>
                <nz-descriptions-item [nzTitle]="'scheduling.warnings.columns.measure' | translate">
                  <span data-testid="warning-detail-measure">{{
                    measureText(w.measure, w.unit)
                  }}</span>
                  <span class="muted">{{
                    'scheduling.warnings.crossed.' + w.level
                      | translate: { threshold: measureText(w.threshold, w.unit) }
                  }}</span>
                </nz-descriptions-item>
                <nz-descriptions-item [nzTitle]="'scheduling.warnings.columns.data' | translate">
                  <span data-testid="warning-detail-data">{{ w.data }}</span>
                  <div class="muted">
                    {{
                      'scheduling.warnings.evaluatedMonth'
                        | translate: { year: w.year, month: w.evaluatedMonth }
                    }}
                  </div>
                </nz-descriptions-item>
                <nz-descriptions-item [nzTitle]="'scheduling.warnings.columns.since' | translate">
                  <span data-testid="warning-detail-since">{{
                    'scheduling.warnings.sinceMonth'
                      | translate: { year: w.year, month: w.sinceMonth }
                  }}</span>
                  <span class="muted">{{ w.sinceUtc | date: 'yyyy-MM-dd HH:mm' : timeZone }}</span>
                </nz-descriptions-item>
                @if (w.exemption !== 'None') {
                  <nz-descriptions-item
                    [nzTitle]="'scheduling.warnings.columns.exemption' | translate"
                  >
                    <div data-testid="warning-detail-exemption">
                      <nz-tag [nzColor]="exemptionColors[w.exemption]">{{
                        'scheduling.warnings.exemptions.' + w.exemption | translate
                      }}</nz-tag>
                      @if (w.exemptionReason) {
                        <div>
                          {{ 'scheduling.warnings.exemption.reason' | translate }}：{{
                            w.exemptionReason
                          }}
                          @if (w.exemptionRequestedBy) {
                            <span class="muted">（{{ w.exemptionRequestedBy }}）</span>
                          }
                        </div>
                      }
                      @if (w.exemptionDecidedBy) {
                        <div>
                          {{ 'scheduling.warnings.decision.comment' | translate }}：{{
                            w.exemptionComment || ('common.none' | translate)
                          }}
                          <span class="muted">（{{ w.exemptionDecidedBy }}）</span>
                        </div>
                      }
                    </div>
                  </nz-descriptions-item>
                }
              </nz-descriptions>

              <h4 class="history-title">{{ 'scheduling.warnings.history' | translate }}</h4>
              @if (d.events.length === 0) {
                <nz-empty />
              } @else {
                <nz-timeline data-testid="warning-events">
                  @for (event of d.events; track $index) {
                    <nz-timeline-item [nzColor]="eventColor(event)">
                      <div data-testid="warning-event">
                        <div class="event-head">
                          <span class="muted">{{
                            event.atUtc | date: 'yyyy-MM-dd HH:mm' : timeZone
                          }}</span>
                          <strong data-testid="warning-event-kind">{{
                            'scheduling.warnings.events.' + event.kind | translate
                          }}</strong>
                          <nz-tag [nzColor]="levelColors[event.level]">{{
                            'scheduling.warnings.levels.' + event.level | translate
                          }}</nz-tag>
                          @if (event.by) {
                            <span>{{ event.by }}</span>
                          }
                        </div>
                        <div class="muted">
                          {{
                            'scheduling.warnings.eventData'
                              | translate
                                : {
                                    year: event.year,
                                    month: event.month,
                                    measure: measureText(event.measure, w.unit),
                                  }
                          }}
                        </div>
                        @if (event.text) {
                          <div data-testid="warning-event-text">{{ event.text }}</div>
                        }
                      </div>
                    </nz-timeline-item>
                  }
                </nz-timeline>
              }
            </div>
          }
        </nz-spin>
      </ng-container>
    </nz-drawer>
  `,
  styles: `
    .muted {
      margin-left: 4px;
      color: rgba(0, 0, 0, 0.45);
    }
    .history-title {
      margin: 24px 0 16px;
      font-weight: 600;
    }
    .event-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .event-head .muted {
      margin-left: 0;
    }
  `,
})
export class WarningDetailDrawer implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly warningId = input.required<string>();
  readonly closed = output<void>();

  protected readonly levelColors = LEVEL_COLORS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly exemptionColors = EXEMPTION_COLORS;
  protected readonly timeZone = SHANGHAI_TIME_ZONE;
  protected readonly measureText = measureText;
  protected readonly eventColor = eventColor;
  protected readonly loading = signal(true);
  protected readonly detail = signal<WarningDetailDto | null>(null);

  ngOnInit(): void {
    this.api.invoke(getWarning, { id: this.warningId() }).subscribe({
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
