import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { Subscription } from 'rxjs';
import { Api } from '../../../api/api';
import { getLeadFunnel } from '../../../api/fn/leads/get-lead-funnel';
import { FunnelDto } from '../../../api/models/funnel-dto';
import { LeadSource } from '../../../api/models/lead-source';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { loadLeadOptions } from '../lead-options';
import { LEAD_SOURCES, percent } from '../leads-model';
import { echartsLocale, funnelOption, funnelQuery, thisYear } from './funnel-model';

/**
 * 招商漏斗 (/leads/funnel): of the period's leads, how many reached each stage and the conversion between stages,
 * as a funnel and a table, then broken down by source, industry and owner, with the server's definition beside.
 */
@Component({
  selector: 'app-funnel-page',
  imports: [SHARED_IMPORTS, NgxEchartsDirective],
  // ECharts (only the funnel) is fetched when the chart is first drawn.
  providers: [provideEchartsCore({ echarts: () => import('./funnel-echarts') })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './funnel-page.html',
  styleUrl: './funnel-page.less',
})
export class FunnelPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly translate = inject(TranslateService);
  protected readonly options = loadLeadOptions();
  protected readonly sources = LEAD_SOURCES;
  protected readonly percent = percent;
  /** ECharts' own texts follow the UI language (read once: a chart keeps the locale it was made with). */
  protected readonly initOpts = { locale: echartsLocale(this.translate.getCurrentLang()) };

  protected readonly filters = new FormGroup({
    period: new FormControl<Date[] | null>(thisYear()),
    source: new FormControl<LeadSource | null>(null),
    industryCode: new FormControl<string | null>(null),
    ownerUserId: new FormControl<string | null>(null),
  });

  protected readonly funnel = signal<FunnelDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly chartOption = computed(() =>
    funnelOption(this.funnel(), (key, params) => this.translate.instant(key, params)),
  );
  protected readonly contracted = computed(
    () => this.funnel()?.stages.find((s) => s.stage === 'Contracted')?.reached ?? 0,
  );
  protected readonly breakdowns = computed(() => {
    const funnel = this.funnel();
    return funnel
      ? [
          { key: 'bySource', rows: funnel.bySource },
          { key: 'byIndustry', rows: funnel.byIndustry },
          { key: 'byOwner', rows: funnel.byOwner },
        ]
      : [];
  });
  private request?: Subscription;

  constructor() {
    this.filters.valueChanges.subscribe(() => this.load());
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getLeadFunnel, funnelQuery(this.filters.getRawValue()))
      .subscribe({
        next: (funnel) => {
          this.funnel.set(funnel);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }
}
