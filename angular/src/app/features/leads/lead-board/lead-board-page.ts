import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';
import { Api } from '../../../api/api';
import { getLeadBoard } from '../../../api/fn/leads/get-lead-board';
import { BoardColumnDto } from '../../../api/models/board-column-dto';
import { LeadDto } from '../../../api/models/lead-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { LeadFilterBar } from '../lead-filter-bar';
import { LeadFormDialog } from '../lead-form/lead-form-dialog';
import { loadLeadOptions } from '../lead-options';
import {
  DEFAULT_LEAD_FILTERS,
  STAGE_COLORS,
  createLeadFilterForm,
  leadQuery,
  onFilterChange,
} from '../leads-model';
import { LeadCard } from './lead-card';
import { LeadRemindersAlert } from './lead-reminders-alert';

/** 线索看板 (/leads/board): the leads in view, one column per stage (up to 30 cards each, with the column's count). */
@Component({
  selector: 'app-lead-board-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    LeadFilterBar,
    LeadFormDialog,
    LeadCard,
    LeadRemindersAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lead-board-page.html',
  styleUrl: './lead-board-page.less',
})
export class LeadBoardPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly problems = inject(ProblemReporter);
  private readonly auth = inject(AuthService);
  protected readonly canManage = this.auth.hasPermission(Permissions.leadsManage);
  protected readonly canSupervise = this.auth.hasPermission(Permissions.leadsSupervise);
  protected readonly stageColors = STAGE_COLORS;
  protected readonly options = loadLeadOptions();
  protected readonly filters = createLeadFilterForm();

  protected readonly columns = signal<BoardColumnDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly creating = signal(false);
  private request?: Subscription;

  constructor() {
    onFilterChange(this.filters, () => this.load());
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    const query = leadQuery({ ...this.filters.getRawValue(), stage: null, entered: null });
    this.request = this.api.invoke(getLeadBoard, query).subscribe({
      next: (columns) => {
        this.columns.set(columns);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }

  protected resetFilters(): void {
    this.filters.reset(DEFAULT_LEAD_FILTERS, { emitEvent: false });
    this.load();
  }

  protected onCreated(lead: LeadDto | null): void {
    this.creating.set(false);
    if (lead) {
      void this.router.navigate(['/leads', lead.id]);
    } else {
      this.load();
    }
  }
}
