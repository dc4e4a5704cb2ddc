import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Api } from '../../api/api';
import { getLeadFunnel } from '../../api/fn/leads/get-lead-funnel';
import { getSignedContractStatistics } from '../../api/fn/signed-contracts/get-signed-contract-statistics';
import { ContractStatisticsDto } from '../../api/models/contract-statistics-dto';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/permissions';
import { WanYuanPipe } from '../../shared/money';
import { SHARED_IMPORTS } from '../../shared/shared-imports';
import { leadFigures, percent, thisYearSoFar } from './home-model';

/**
 * The year's lead and contract figures the leaders ask for (新增线索、在谈、签约、履约率、资金到位率、落地), each linking
 * to its page; each card only for those who may see its module. A failed read leaves its card empty.
 */
@Component({
  selector: 'app-home-figures',
  imports: [SHARED_IMPORTS, RouterLink, WanYuanPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="figures">
      @if (showLeads) {
        <nz-card
          nzSize="small"
          [nzTitle]="'home.leadsCard' | translate"
          data-testid="home-leads-card"
        >
          @if (leads(); as l) {
            <div class="row">
              <a class="figure" routerLink="/leads/list" data-testid="home-new-leads">
                <span class="label">{{ 'home.newLeads' | translate }}</span>
                <span class="value">{{ l.total }}</span>
              </a>
              <a class="figure" routerLink="/leads/board" data-testid="home-talking-leads">
                <span class="label">{{ 'home.talkingLeads' | translate }}</span>
                <span class="value">{{ l.talking }}</span>
              </a>
              <a class="figure" routerLink="/leads/funnel" data-testid="home-signed-leads">
                <span class="label">{{ 'home.signedLeads' | translate }}</span>
                <span class="value">{{ l.signed }}</span>
              </a>
              <a class="figure" routerLink="/leads/funnel" data-testid="home-conversion-rate">
                <span class="label">{{ 'home.conversionRate' | translate }}</span>
                <span class="value">{{ percent(l.conversionRate) }}</span>
              </a>
            </div>
          }
        </nz-card>
      }
      @if (showContracts) {
        <nz-card
          nzSize="small"
          [nzTitle]="'home.contractsCard' | translate"
          data-testid="home-contracts-card"
        >
          @if (contracts(); as s) {
            <div class="row">
              <a class="figure" routerLink="/signed-contracts/list" data-testid="home-signed-count">
                <span class="label">{{ 'home.signedCount' | translate }}</span>
                <span class="value">{{ s.signedCount }}</span>
              </a>
              <a
                class="figure"
                routerLink="/signed-contracts/statistics"
                data-testid="home-contracted-amount"
              >
                <span class="label">{{ 'home.contractedAmount' | translate }}</span>
                <span class="value">{{ s.contractedAmount | wanYuan }}</span>
              </a>
              <a
                class="figure"
                routerLink="/signed-contracts/statistics"
                data-testid="home-fulfilment-rate"
              >
                <span class="label">{{ 'home.fulfilmentRate' | translate }}</span>
                <span class="value">{{ percent(s.fulfilmentRate) }}</span>
              </a>
              <a
                class="figure"
                routerLink="/signed-contracts/statistics"
                data-testid="home-funds-rate"
              >
                <span class="label">{{ 'home.fundsRate' | translate }}</span>
                <span class="value">{{ percent(s.fundsArrivalRate) }}</span>
              </a>
              <a
                class="figure"
                routerLink="/signed-contracts/cohort"
                data-testid="home-landed-count"
              >
                <span class="label">{{ 'home.landedCount' | translate }}</span>
                <span class="value">{{ s.landedCount }}</span>
              </a>
            </div>
          }
        </nz-card>
      }
    </div>
  `,
  styles: `
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(420px, 1fr));
      gap: 16px;
      margin-top: 16px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 16px 32px;
    }
    .figure {
      display: flex;
      flex-direction: column;
      color: inherit;
    }
    .label {
      color: rgba(0, 0, 0, 0.45);
    }
    .value {
      font-size: 22px;
      font-weight: 600;
    }
  `,
})
export class HomeFigures implements OnInit {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  protected readonly showLeads = this.auth.hasPermission(Permissions.leadsView);
  protected readonly showContracts = this.auth.hasPermission(Permissions.signedContractsView);
  protected readonly percent = percent;
  protected readonly leads = signal<ReturnType<typeof leadFigures> | null>(null);
  protected readonly contracts = signal<ContractStatisticsDto | null>(null);

  ngOnInit(): void {
    const { year, from, to } = thisYearSoFar();
    if (this.showLeads) {
      this.api.invoke(getLeadFunnel, { from, to }).subscribe({
        next: (funnel) => this.leads.set(leadFigures(funnel)),
        error: () => undefined,
      });
    }
    if (this.showContracts) {
      this.api.invoke(getSignedContractStatistics, { year }).subscribe({
        next: (statistics) => this.contracts.set(statistics),
        error: () => undefined,
      });
    }
  }
}
