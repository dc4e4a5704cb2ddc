import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Api } from '../../../api/api';
import { getMyLeadReminders } from '../../../api/fn/leads/get-my-lead-reminders';
import { LeadReminderDto } from '../../../api/models/lead-reminder-dto';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { REMINDER_DAYS, recentReminders } from '../leads-model';

/**
 * My reminders of the last week (下一步到期、长期未跟进) on top of the board, each linking to its lead; nothing when
 * there are none. A failure to read them is not worth a message: the board itself tags what is due.
 */
@Component({
  selector: 'app-lead-reminders-alert',
  imports: [SHARED_IMPORTS, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (reminders().length) {
      <nz-alert
        class="alert"
        nzType="warning"
        nzShowIcon
        data-testid="lead-reminders"
        [nzMessage]="'leads.reminders.title' | translate: { days: days }"
        [nzDescription]="list"
      />
      <ng-template #list>
        <ul class="lines">
          @for (reminder of reminders(); track reminder.id) {
            <li data-testid="lead-reminder">
              <nz-tag [nzColor]="reminder.kind === 'NextActionDue' ? 'red' : 'orange'">{{
                'leads.reminders.kinds.' + reminder.kind | translate
              }}</nz-tag>
              <a [routerLink]="['/leads', reminder.leadId]">{{ reminder.text }}</a>
            </li>
          }
        </ul>
      </ng-template>
    }
  `,
  styles: `
    .alert {
      margin-bottom: 16px;
    }
    .lines {
      margin: 0;
      padding-left: 20px;
    }
  `,
})
export class LeadRemindersAlert implements OnInit {
  private readonly api = inject(Api);
  protected readonly days = REMINDER_DAYS;
  protected readonly reminders = signal<LeadReminderDto[]>([]);

  ngOnInit(): void {
    this.api.invoke(getMyLeadReminders).subscribe({
      next: (reminders) => this.reminders.set(recentReminders(reminders)),
      error: () => undefined,
    });
  }
}
