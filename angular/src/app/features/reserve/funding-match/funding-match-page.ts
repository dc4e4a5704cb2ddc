import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { Subscription } from 'rxjs';
import { NzSegmentedModule } from 'ng-zorro-antd/segmented';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { Api } from '../../../api/api';
import { exportFundingMatch } from '../../../api/fn/reserve/export-funding-match';
import { getFundingMatch } from '../../../api/fn/reserve/get-funding-match';
import { ChannelReadiness } from '../../../api/models/channel-readiness';
import { FundingChannel } from '../../../api/models/funding-channel';
import { FundingMatchDto } from '../../../api/models/funding-match-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { downloadExport } from '../../../shared/download';
import { WanYuanPipe, formatWan } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { FUNDING_CHANNELS, MATURITY_COLORS } from '../reserve-model';

/** The readiness tabs in order: 已具备 first, then 差 1–2 项. */
export const READINESS_TABS: ChannelReadiness[] = ['Ready', 'AlmostReady'];

/** The export's file name names the channel, as the commission files one sheet per bid. */
export function fundingMatchFileName(channelName: string): string {
  return `资金渠道匹配-${channelName}.xlsx`;
}

/**
 * 资金渠道匹配 (/reserve/funding-match): pick a channel, see the library projects that meet its requirements and
 * those 1–2 items short (with what is missing), to prepare the channel's bids.
 */
@Component({
  selector: 'app-funding-match-page',
  imports: [SHARED_IMPORTS, RouterLink, WanYuanPipe, NzSegmentedModule, NzTabsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './funding-match-page.html',
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-bottom: 12px;
    }
    .filter-wide {
      width: 240px;
    }
    .requirements {
      margin-bottom: 12px;
    }
    .missing {
      margin: 0;
      padding-left: 18px;
      color: #d46b08;
    }
  `,
})
export class FundingMatchPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly translate = inject(TranslateService);
  protected readonly channels = FUNDING_CHANNELS;
  protected readonly tabs = READINESS_TABS;
  protected readonly maturityColors = MATURITY_COLORS;
  protected readonly formatWan = formatWan;

  protected readonly channel = new FormControl<FundingChannel>('CentralBudget', {
    nonNullable: true,
  });
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly readiness = signal<ChannelReadiness>('Ready');
  protected readonly match = signal<FundingMatchDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);

  /** The latest request wins: switching channel or tab never shows a slower earlier answer. */
  private request?: Subscription;

  constructor() {
    this.channel.valueChanges.subscribe(() => this.reload());
    this.load();
  }

  protected reload(): void {
    this.page.set(1);
    this.load();
  }

  protected selectTab(index: number): void {
    this.readiness.set(this.tabs[index]);
    this.reload();
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

  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getFundingMatch, {
        channel: this.channel.value,
        readiness: this.readiness(),
        search: this.search.value.trim() || undefined,
        page: this.page(),
        pageSize: this.pageSize(),
      })
      .subscribe({
        next: (match) => {
          this.match.set(match);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  protected export(): void {
    const channelName = this.translate.instant(`reserve.channels.${this.channel.value}`) as string;
    downloadExport(
      this.api.invoke(exportFundingMatch, {
        channel: this.channel.value,
        search: this.search.value.trim() || undefined,
      }),
      fundingMatchFileName(channelName),
      this.exporting,
      (error) => this.problems.report(error),
    );
  }
}
