import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { getProgressReminders } from '../../../api/fn/scheduling/get-progress-reminders';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { REMINDERS_SHOWN, Text, reminderText } from './reporting-model';

/**
 * The reporting unit's latest 催报 (to its own department), on top of the progress page; nothing when there are none.
 * A failure to read them is not worth a message: the page itself says what is unreported.
 */
@Component({
  selector: 'app-progress-reminders-alert',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (lines().length) {
      <nz-alert
        class="alert"
        nzType="warning"
        nzShowIcon
        data-testid="progress-reminders"
        [nzMessage]="'scheduling.reminders.alertTitle' | translate"
        [nzDescription]="list"
      />
      <ng-template #list>
        <ul class="lines">
          @for (line of lines(); track $index) {
            <li data-testid="progress-reminder">{{ line.key | translate: line.params }}</li>
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
export class ProgressRemindersAlert implements OnInit {
  private readonly api = inject(Api);
  protected readonly lines = signal<Text[]>([]);

  ngOnInit(): void {
    this.api.invoke(getProgressReminders, { page: 1, pageSize: REMINDERS_SHOWN }).subscribe({
      next: (page) => this.lines.set(page.items.slice(0, REMINDERS_SHOWN).map(reminderText)),
      error: () => undefined,
    });
  }
}
