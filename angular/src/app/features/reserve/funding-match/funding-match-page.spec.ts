import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { FundingChannel } from '../../../api/models/funding-channel';
import { FundingMatchDto } from '../../../api/models/funding-match-dto';
import { APP_ICONS } from '../../../core/icons';
import { FundingMatchPage, fundingMatchFileName } from './funding-match-page';

const project = {
  id: 'p1',
  name: '古驿大道停车场',
  code: null,
  regime: 'Approval' as const,
  sectorCode: 'MUNICIPAL',
  sectorName: '市政',
  townId: null,
  townName: null,
  responsibleDepartmentId: 'd1',
  responsibleDepartmentName: '区住建局',
  projectUnit: '区城投公司',
  totalInvestment: 24_000_000,
  state: 'PreConstruction' as const,
  plannedStart: null,
  plannedCompletion: null,
  maturity: 'Mature' as const,
  reviewStatus: 'Accepted' as const,
};

const match = (readiness: 'Ready' | 'AlmostReady'): FundingMatchDto => ({
  channel: 'CentralBudget',
  readiness,
  readyCount: 3,
  readyTotalInvestment: 210_000_000,
  almostReadyCount: 1,
  totalCount: 1,
  items: [
    {
      project,
      readiness,
      missing: readiness === 'Ready' ? [] : ['可行性研究报告尚未批复（缺少可研批复文号）'],
      channelAmount: 12_000_000,
      securedChannelAmount: 6_000_000,
    },
  ],
});

describe('FundingMatchPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      imports: [FundingMatchPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FundingMatchPage);
    const request = http.expectOne((r) => r.url === '/api/reserve/funding-match');
    expect(request.request.params.get('channel')).toBe('CentralBudget');
    expect(request.request.params.get('readiness')).toBe('Ready');
    request.flush(match('Ready'));
    await fixture.whenStable();
    return fixture;
  }

  it('lists the ready projects of the first channel with the channel amounts in 万元', async () => {
    const el = (await render()).nativeElement as HTMLElement;
    const row = el.querySelector('[data-testid="funding-match-row"]')!;
    expect(row.textContent).toContain('古驿大道停车场');
    expect(row.textContent).toContain('2,400.00');
    expect(row.textContent).toContain('1,200.00');
    expect(row.textContent).toContain('600.00');
    expect(el.querySelector('[data-testid="funding-match-missing"]')).toBeNull();
    expect(el.querySelector('[data-testid="funding-match-requirements"]')!.textContent).toContain(
      'reserve.fundingMatch.requirements.CentralBudget',
    );
  });

  it('shows what is missing on the almost-ready tab', async () => {
    const fixture = await render();
    (fixture.componentInstance as unknown as { selectTab(i: number): void }).selectTab(1);
    const request = http.expectOne((r) => r.url === '/api/reserve/funding-match');
    expect(request.request.params.get('readiness')).toBe('AlmostReady');
    request.flush(match('AlmostReady'));
    await fixture.whenStable();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="funding-match-missing"]')!
        .textContent,
    ).toContain('缺少可研批复文号');
  });

  it('reloads from page 1 when another channel is picked', async () => {
    const fixture = await render();
    const page = fixture.componentInstance as unknown as {
      channel: FormControl<FundingChannel>;
      page(): number;
      onPageIndex(page: number): void;
    };
    page.onPageIndex(2);
    http.expectOne((r) => r.url === '/api/reserve/funding-match').flush(match('Ready'));
    page.channel.setValue('SpecialBonds');
    const request = http.expectOne((r) => r.url === '/api/reserve/funding-match');
    expect(request.request.params.get('channel')).toBe('SpecialBonds');
    expect(request.request.params.get('page')).toBe('1');
  });

  it('names the export after the channel', () => {
    expect(fundingMatchFileName('地方政府专项债券')).toBe('资金渠道匹配-地方政府专项债券.xlsx');
  });
});
