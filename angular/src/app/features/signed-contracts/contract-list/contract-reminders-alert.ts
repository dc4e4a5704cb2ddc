import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Api } from '../../../api/api';
import { getSignedContractReminders } from '../../../api/fn/signed-contracts/get-signed-contract-reminders';
import { ContractReminderDto } from '../../../api/models/contract-reminder-dto';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { recentReminders } from '../contracts-model';

/**
 * The last week's 提醒 (milestones due or overdue, no funds arrived) on top of the ledger, each linking to its
 * contract; nothing when there are none. A failure to read them is not worth a message.
 */
@Component({
  selector: 'app-contract-reminders-alert',
  imports: [SHARED_IMPORTS, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (reminders().length) {
      <nz-alert
        class="alert"
        nzType="warning"
        nzShowIcon
        data-testid="contract-reminders"
        [nzMessage]="'contracts.reminders.alertTitle' | translate"
        [nzDescription]="list"
      />
      <ng-template #list>
        <ul class="lines">
          @for (reminder of reminders(); track reminder.id) {
            <li data-testid="contract-reminder">
              <a [routerLink]="['/signed-contracts', reminder.contractId]">{{
                reminder.contractNumber
              }}</a>
              {{ reminder.text }}
              <span class="muted">{{ reminder.sentOn }}</span>
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
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class ContractRemindersAlert implements OnInit {
  private readonly api = inject(Api);
  protected readonly reminders = signal<ContractReminderDto[]>([]);

  ngOnInit(): void {
    this.api.invoke(getSignedContractReminders, { page: 1, pageSize: 10 }).subscribe({
      next: (page) => this.reminders.set(recentReminders(page.items)),
      error: () => undefined,
    });
  }
}
