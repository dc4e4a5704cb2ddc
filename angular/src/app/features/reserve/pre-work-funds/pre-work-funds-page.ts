import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Api } from '../../../api/api';
import { getPreWorkFunds } from '../../../api/fn/reserve/get-pre-work-funds';
import { PreWorkAllocationDto } from '../../../api/models/pre-work-allocation-dto';
import { PreWorkFundsDto } from '../../../api/models/pre-work-funds-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { AllocateDialog } from './allocate-dialog';
import { BudgetDialog } from './budget-dialog';
import { fundsYears } from './pre-work-funds-model';
import { SpendingDialog } from './spending-dialog';

/** 前期工作经费 (/reserve/pre-work-funds): a year's budget, its allocations to projects and their spendings. */
@Component({
  selector: 'app-pre-work-funds-page',
  imports: [SHARED_IMPORTS, RouterLink, WanYuanPipe, BudgetDialog, AllocateDialog, SpendingDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pre-work-funds-page.html',
  styles: `
    .toolbar {
      display: flex;
      gap: 8px;
      margin-bottom: 16px;
    }
    .year {
      width: 140px;
    }
    .summary {
      display: grid;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      gap: 16px;
      margin-bottom: 16px;
    }
    .summary-value {
      font-size: 22px;
      font-weight: 600;
    }
    .summary-unit {
      margin-left: 4px;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class PreWorkFundsPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.reserveManage);
  protected readonly years = fundsYears();

  protected readonly year = new FormControl(this.years[0], { nonNullable: true });
  protected readonly funds = signal<PreWorkFundsDto | null>(null);
  protected readonly loading = signal(false);
  /** 年度预算 / 已安排 / 已支出 / 未安排余额 (yuan; shown in 万元). */
  protected readonly summary = computed(() => {
    const funds = this.funds();
    return (['budget', 'allocated', 'spent', 'unallocated'] as const).map((key) => ({
      key,
      value: funds?.[key] ?? 0,
    }));
  });
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly editingBudget = signal(false);
  protected readonly allocating = signal(false);
  protected readonly spendingFor = signal<PreWorkAllocationDto | null>(null);

  constructor() {
    this.year.valueChanges.subscribe(() => this.load());
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.api.invoke(getPreWorkFunds, { year: this.year.value }).subscribe({
      next: (funds) => {
        this.funds.set(funds);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }

  protected toggle(id: string, open: boolean): void {
    this.expanded.update((ids) => {
      const next = new Set(ids);
      if (open) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }

  /** After a dialog saved: show the returned funds, or reload when it came back empty (conflict). */
  protected onSaved(funds: PreWorkFundsDto | null): void {
    this.editingBudget.set(false);
    this.allocating.set(false);
    this.spendingFor.set(null);
    if (funds) {
      this.funds.set(funds);
    } else {
      this.load();
    }
  }
}
