import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { LeadStageChangeDto } from '../../../api/models/lead-stage-change-dto';
import { SHANGHAI_TIME_ZONE } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';

/** 阶段变化: every move of the lead, who made it and why. */
@Component({
  selector: 'app-stage-history',
  imports: [SHARED_IMPORTS, NzTimelineModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card nzSize="small" class="block" [nzTitle]="'leads.detail.history' | translate">
      <nz-timeline data-testid="lead-history">
        @for (change of changes(); track $index) {
          <nz-timeline-item
            [nzColor]="
              change.to === 'Abandoned' ? 'red' : change.to === 'Contracted' ? 'green' : 'blue'
            "
          >
            <div data-testid="lead-history-item">
              <span class="muted">{{ change.atUtc | date: 'yyyy-MM-dd HH:mm' : timeZone }}</span>
              @if (change.from) {
                {{ 'leads.stages.' + change.from | translate }} →
              }
              <strong>{{ 'leads.stages.' + change.to | translate }}</strong>
              <span class="muted">{{ change.by }}</span>
              @if (change.reason) {
                <div>{{ change.reason }}</div>
              }
            </div>
          </nz-timeline-item>
        }
      </nz-timeline>
    </nz-card>
  `,
  styleUrl: './lead-timelines.less',
})
export class StageHistory {
  readonly changes = input.required<LeadStageChangeDto[]>();
  protected readonly timeZone = SHANGHAI_TIME_ZONE;
}
