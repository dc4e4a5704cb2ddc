import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { Subscription, merge } from 'rxjs';
import { Api } from '../../../api/api';
import { getSignedContractCohort } from '../../../api/fn/signed-contracts/get-signed-contract-cohort';
import { FunnelStepDto } from '../../../api/models/funnel-step-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ContractOptions } from '../contract-options';
import { contractYears, parseYear } from '../contracts-model';
import { cohortOption, cohortRows } from './cohort-model';

/**
 * 签约批次跟踪 (/signed-contracts/cohort?event= or ?year=): how far the contracts of one signing event (e.g.
 * 第二十四届青洽会) or one year got — 签约 → 资金到位 → 履约 → 开工 → 投产 → 落地 — as a funnel and a table.
 */
@Component({
  selector: 'app-cohort-page',
  imports: [SHARED_IMPORTS, RouterLink, NzRadioModule, NgxEchartsDirective],
  // ECharts (only the funnel) is fetched when the chart is first drawn.
  providers: [provideEchartsCore({ echarts: () => import('./cohort-echarts') })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../signed-contracts.less',
  template: `
    <div data-testid="cohort-page">
      <app-page-header [title]="'contracts.cohort.title' | translate">
        <a
          nz-button
          routerLink="/signed-contracts/statistics"
          data-testid="contracts-statistics-link"
        >
          <nz-icon nzType="bar-chart" />{{ 'contracts.statistics.title' | translate }}
        </a>
      </app-page-header>

      <div class="toolbar">
        <nz-radio-group [formControl]="mode" data-testid="cohort-mode">
          <label nz-radio-button nzValue="event">{{
            'contracts.cohort.byEvent' | translate
          }}</label>
          <label nz-radio-button nzValue="year">{{ 'contracts.cohort.byYear' | translate }}</label>
        </nz-radio-group>
        @if (mode.value === 'event') {
          <nz-select
            class="filter-wide"
            nzShowSearch
            [formControl]="event"
            [nzPlaceHolder]="'contracts.fields.signingEvent' | translate"
            data-testid="cohort-event"
          >
            @for (e of options.events(); track e.name) {
              <nz-option [nzValue]="e.name" [nzLabel]="e.name + ' (' + e.count + ')'" />
            }
          </nz-select>
        } @else {
          <nz-select class="filter-narrow" [formControl]="year" data-testid="cohort-year">
            @for (y of years; track y) {
              <nz-option
                [nzValue]="y"
                [nzLabel]="'contracts.yearOption' | translate: { year: y }"
              />
            }
          </nz-select>
        }
      </div>

      <nz-spin [nzSpinning]="loading()">
        <nz-card nzSize="small" class="section">
          @if (option(); as chartOption) {
            <div
              echarts
              class="chart"
              data-testid="cohort-chart"
              [options]="chartOption"
              [initOpts]="initOpts"
            ></div>
          } @else {
            <nz-empty data-testid="cohort-empty" [nzNotFoundContent]="emptyText() | translate" />
          }
        </nz-card>
        <nz-table
          #table
          nzSize="small"
          [nzData]="rows()"
          [nzShowPagination]="false"
          data-testid="cohort-table"
        >
          <thead>
            <tr>
              <th>{{ 'contracts.cohort.step' | translate }}</th>
              <th nzAlign="right">{{ 'contracts.cohort.count' | translate }}</th>
              <th nzAlign="right">{{ 'contracts.cohort.amount' | translate }}</th>
              <th nzAlign="right">{{ 'contracts.cohort.share' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of table.data; track row.step) {
              <tr data-testid="cohort-step-row">
                <td>{{ row.name }}</td>
                <td nzAlign="right">{{ row.count }}</td>
                <td nzAlign="right">{{ row.amountWan }}</td>
                <td nzAlign="right">{{ row.share }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
      </nz-spin>
    </div>
  `,
})
export class CohortPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly problems = inject(ProblemReporter);
  private readonly translate = inject(TranslateService);
  protected readonly options = new ContractOptions(this.api, (error) =>
    this.problems.report(error),
  ).loadEvents();

  private readonly query = this.route.snapshot.queryParamMap;
  protected readonly mode = new FormControl<'event' | 'year'>(
    this.query.get('event') ? 'event' : 'year',
    { nonNullable: true },
  );
  protected readonly event = new FormControl<string | null>(this.query.get('event'));
  protected readonly year = new FormControl(parseYear(this.query.get('year')), {
    nonNullable: true,
  });
  protected readonly years = contractYears(new Date(), this.year.value);
  protected readonly initOpts = {
    locale: this.translate.getCurrentLang()?.toLowerCase().startsWith('en') ? 'EN' : 'ZH',
  };

  protected readonly steps = signal<FunnelStepDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly rows = computed(() => cohortRows(this.steps()));
  protected readonly option = computed(() => {
    this.translate.currentLang();
    return cohortOption(this.steps(), {
      count: this.translate.instant('contracts.countUnit'),
      wan: this.translate.instant('contracts.wan'),
    });
  });
  /** What is asked for; null while no event is chosen. */
  private readonly asked = signal<string | number | null>(null);
  protected readonly emptyText = computed(() =>
    this.asked() === null ? 'contracts.cohort.chooseEvent' : 'contracts.cohort.empty',
  );

  private request?: Subscription;

  constructor() {
    merge(this.mode.valueChanges, this.event.valueChanges, this.year.valueChanges).subscribe(() =>
      this.load(),
    );
    this.load();
  }

  protected load(): void {
    const byEvent = this.mode.value === 'event';
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: byEvent
        ? { event: this.event.value, year: null }
        : { year: this.year.value, event: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
    this.request?.unsubscribe();
    this.asked.set(byEvent ? this.event.value : this.year.value);
    if (byEvent && !this.event.value) {
      this.steps.set([]);
      return;
    }
    this.loading.set(true);
    this.request = this.api
      .invoke(
        getSignedContractCohort,
        byEvent ? { signingEvent: this.event.value! } : { year: this.year.value },
      )
      .subscribe({
        next: (steps) => {
          this.steps.set(steps);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }
}
