import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { FollowUpDto } from '../../../api/models/follow-up-dto';
import { SHANGHAI_TIME_ZONE } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { FOLLOW_UP_ICONS } from '../leads-model';

/** 跟进记录: each contact with the company, newest first, with its kind, people, notes and next step. */
@Component({
  selector: 'app-follow-up-timeline',
  imports: [SHARED_IMPORTS, NzTimelineModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card
      nzSize="small"
      class="block"
      [nzTitle]="'leads.detail.followUps' | translate"
      [nzExtra]="addButton"
    >
      @if (followUps().length) {
        <nz-timeline data-testid="lead-followups">
          @for (followUp of followUps(); track followUp.id) {
            <nz-timeline-item [nzDot]="dot">
              <ng-template #dot><nz-icon [nzType]="kindIcons[followUp.kind]" /></ng-template>
              <div data-testid="followup-item">
                <div>
                  <strong>{{ followUp.occurredOn }}</strong>
                  <nz-tag>{{ 'leads.followUpKinds.' + followUp.kind | translate }}</nz-tag>
                  <span class="muted"><nz-icon nzType="team" /> {{ followUp.people }}</span>
                </div>
                <div class="notes">{{ followUp.notes }}</div>
                @if (followUp.nextAction) {
                  <div class="next">
                    <nz-icon nzType="flag" />
                    {{
                      'leads.followUp.nextShown'
                        | translate: { action: followUp.nextAction, date: followUp.nextActionOn }
                    }}
                  </div>
                }
                <div class="muted small">
                  {{ 'leads.followUp.recorded' | translate: { by: followUp.recordedBy } }}
                  {{ followUp.recordedAtUtc | date: 'yyyy-MM-dd HH:mm' : timeZone }}
                </div>
              </div>
            </nz-timeline-item>
          }
        </nz-timeline>
      } @else {
        <nz-empty [nzNotFoundContent]="'leads.followUp.none' | translate" />
      }
    </nz-card>
    <ng-template #addButton>
      @if (canAdd()) {
        <button
          nz-button
          nzType="primary"
          nzSize="small"
          data-testid="followup-add"
          (click)="add.emit()"
        >
          <nz-icon nzType="plus" />{{ 'leads.followUp.add' | translate }}
        </button>
      }
    </ng-template>
  `,
  styleUrl: './lead-timelines.less',
})
export class FollowUpTimeline {
  readonly followUps = input.required<FollowUpDto[]>();
  readonly canAdd = input(false);
  readonly add = output<void>();
  protected readonly kindIcons = FOLLOW_UP_ICONS;
  protected readonly timeZone = SHANGHAI_TIME_ZONE;
}
