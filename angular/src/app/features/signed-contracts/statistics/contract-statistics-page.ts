import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, FormControl } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subscription, merge } from 'rxjs';
import { Api } from '../../../api/api';
import { getSignedContractStatistics } from '../../../api/fn/signed-contracts/get-signed-contract-statistics';
import { ContractRateDefinitionDto } from '../../../api/models/contract-rate-definition-dto';
import { ContractStatisticsDto } from '../../../api/models/contract-statistics-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ContractOptions } from '../contract-options';
import { contractYears, formatRate, parseYear } from '../contracts-model';
import { ContractSettingsCard } from './contract-settings-card';
import { DefinitionDialog } from './definition-dialog';
import { StatisticsContractsDialog } from './statistics-contracts-dialog';
import {
  DrillDown,
  Measure,
  StatisticsFilters,
  groupFilters,
  rateCards,
  statisticsQuery,
} from './statistics-model';

/**
 * 履约统计 (/signed-contracts/statistics?year=): a year's signings — 签约项目数, 协议投资额, 履约率, 资金到位率, 开工率,
 * 投产率, 落地数 — each rate with its stored definition beside it, by event, industry and unit; every count opens the
 * contracts behind it. 区招商局 edits the definitions and the reminder settings.
 */
@Component({
  selector: 'app-contract-statistics-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    WanYuanPipe,
    StatisticsContractsDialog,
    DefinitionDialog,
    ContractSettingsCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contract-statistics-page.html',
  styleUrl: '../signed-contracts.less',
})
export class ContractStatisticsPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly problems = inject(ProblemReporter);
  protected readonly canManage = inject(AuthService).hasPermission(
    Permissions.signedContractsManage,
  );
  protected readonly options = new ContractOptions(this.api, (error) =>
    this.problems.report(error),
  ).loadAll();
  protected readonly formatRate = formatRate;

  protected readonly year = new FormControl(
    parseYear(this.route.snapshot.queryParamMap.get('year')),
    { nonNullable: true },
  );
  protected readonly years = contractYears(new Date(), this.year.value);
  protected readonly filters = inject(FormBuilder).group({
    signingEvent: [null as string | null],
    industryCode: [null as string | null],
    departmentId: [null as string | null],
  });

  protected readonly statistics = signal<ContractStatisticsDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly drilling = signal<DrillDown | null>(null);
  protected readonly editingDefinition = signal<ContractRateDefinitionDto | null>(null);
  protected readonly rates = computed(() => {
    const statistics = this.statistics();
    return statistics ? rateCards(statistics) : [];
  });
  protected readonly tables = ['byEvent', 'byIndustry', 'byDepartment'] as const;

  private request?: Subscription;

  constructor() {
    this.year.valueChanges.subscribe(() => {
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { year: this.year.value },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
    });
    merge(this.year.valueChanges, this.filters.valueChanges).subscribe(() => this.load());
    this.load();
  }

  private current(): StatisticsFilters {
    const value = this.filters.getRawValue();
    return {
      signingEvent: value.signingEvent ?? null,
      industryCode: value.industryCode ?? null,
      departmentId: value.departmentId ?? null,
    };
  }

  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getSignedContractStatistics, statisticsQuery(this.year.value, this.current()))
      .subscribe({
        next: (statistics) => {
          this.statistics.set(statistics);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  /** Opens the contracts behind a figure of the page. */
  protected drill(measure: Measure): void {
    this.drilling.set({ measure, filters: this.current() });
  }

  /** Opens the contracts behind a figure of a table row. */
  protected drillGroup(
    table: (typeof this.tables)[number],
    key: string,
    name: string,
    measure: Measure,
  ): void {
    this.drilling.set({ measure, filters: groupFilters(table, key, this.current()), group: name });
  }

  protected onDefinitionSaved(): void {
    this.editingDefinition.set(null);
    this.load();
  }
}
