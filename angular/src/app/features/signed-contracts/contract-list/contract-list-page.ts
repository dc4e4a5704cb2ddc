import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Subscription, merge } from 'rxjs';
import { Api } from '../../../api/api';
import { exportSignedContracts } from '../../../api/fn/signed-contracts/export-signed-contracts';
import { getSignedContracts } from '../../../api/fn/signed-contracts/get-signed-contracts';
import { FulfilmentState } from '../../../api/models/fulfilment-state';
import { PagedResultOfContractListItemDto } from '../../../api/models/paged-result-of-contract-list-item-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { downloadExport } from '../../../shared/download';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ContractFormDialog } from '../contract-form-dialog';
import { ContractOptions } from '../contract-options';
import {
  CONTRACTS_EXPORT_FILE_NAME,
  ContractFilters,
  DEFAULT_CONTRACT_FILTERS,
  FULFILMENT_STATES,
  STATE_COLORS,
  contractQuery,
  contractYears,
  formatRate,
  fundsRate,
} from '../contracts-model';
import { ContractImportDialog } from './contract-import-dialog';
import { ContractRemindersAlert } from './contract-reminders-alert';

/**
 * 签约台账 (/signed-contracts/list): every signed contract with its funds, state and flags, filtered and paged by the
 * server; 区招商局 adds contracts one by one or imports the ledger (sheet 3), and exports it.
 */
@Component({
  selector: 'app-contract-list-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    WanYuanPipe,
    ContractFormDialog,
    ContractImportDialog,
    ContractRemindersAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contract-list-page.html',
  styleUrl: '../signed-contracts.less',
})
export class ContractListPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  protected readonly canManage = inject(AuthService).hasPermission(
    Permissions.signedContractsManage,
  );
  protected readonly options = new ContractOptions(this.api, (error) =>
    this.problems.report(error),
  ).loadAll();
  protected readonly states = FULFILMENT_STATES;
  protected readonly stateColors = STATE_COLORS;
  protected readonly years = contractYears();
  protected readonly rate = (arrived: number, contracted: number) =>
    formatRate(fundsRate(arrived, contracted));

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    search: [''],
    year: [null as number | null],
    signingEvent: [null as string | null],
    industryCode: [null as string | null],
    state: [null as FulfilmentState | null],
    departmentId: [null as string | null],
    overdueMilestone: [false],
  });

  protected readonly result = signal<PagedResultOfContractListItemDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly creating = signal(false);
  protected readonly importing = signal(false);

  /** The latest request wins. */
  private request?: Subscription;

  constructor() {
    const { search: _search, ...selects } = this.filters.controls;
    merge(...Object.values(selects).map((control) => control.valueChanges)).subscribe(() =>
      this.search(),
    );
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getSignedContracts, {
        ...contractQuery(this.filters.getRawValue()),
        page: this.page(),
        pageSize: this.pageSize(),
      })
      .subscribe({
        next: (result) => {
          this.result.set(result);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  protected search(): void {
    this.page.set(1);
    this.load();
  }

  protected resetFilters(filters: Partial<ContractFilters> = {}): void {
    this.filters.reset({ ...DEFAULT_CONTRACT_FILTERS, ...filters }, { emitEvent: false });
    this.search();
  }

  protected onPageIndex(page: number): void {
    this.page.set(page);
    this.load();
  }

  protected onPageSize(size: number): void {
    this.pageSize.set(size);
    this.page.set(1);
    this.load();
  }

  protected export(): void {
    downloadExport(
      this.api.invoke(exportSignedContracts, contractQuery(this.filters.getRawValue())),
      CONTRACTS_EXPORT_FILE_NAME,
      this.exporting,
      (error) => this.problems.report(error),
    );
  }

  protected onCreated(): void {
    this.creating.set(false);
    this.options.loadEvents();
    this.search();
  }

  protected onImported(): void {
    this.options.loadEvents();
    this.search();
  }
}
