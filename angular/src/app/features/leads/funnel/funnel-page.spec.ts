import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { provideEchartsCore } from 'ngx-echarts';
import zh from '../../../../../public/i18n/zh-CN.json';
import { shanghaiDay } from '../../../shared/dates';
import {
  INDUSTRIES,
  MANAGER,
  VIEWER,
  clearOverlays,
  funnelDto,
  leadTestProviders,
} from '../leads-test-data';
import { FunnelPage } from './funnel-page';

const url = '/api/leads/funnel';
const { year } = shanghaiDay();

describe('FunnelPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<FunnelPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  const expectFunnel = (params: Record<string, string>) => {
    const request = http.expectOne((r) => r.url === url);
    expect(request.request.params.keys().sort()).toEqual(Object.keys(params).sort());
    for (const [key, value] of Object.entries(params)) {
      expect(request.request.params.get(key), key).toBe(value);
    }
    return request;
  };
  const thisYear = { from: `${year}-01-01`, to: `${year}-12-31` };

  async function render(permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [FunnelPage],
      providers: leadTestProviders(permissions, message),
    });
    // jsdom draws no canvas: ECharts itself is never loaded, the chart is checked through its option.
    TestBed.overrideComponent(FunnelPage, {
      set: { providers: [provideEchartsCore({ echarts: () => new Promise(() => undefined) })] },
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', zh);
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FunnelPage);
    http.expectOne('/api/leads/industries').flush(INDUSTRIES);
    if (permissions.includes('Leads.Manage')) {
      http.expectOne('/api/leads/owners').flush([{ userId: 'u1', displayName: '张三' }]);
    }
    expectFunnel(thisYear).flush(funnelDto());
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('shows the year’s funnel, its stages with their conversion, and the definition', async () => {
    await render(VIEWER);
    expect(testId('funnel-chart')).not.toBeNull();
    expect(testId('funnel-total')!.textContent).toBe('40');
    expect(testId('funnel-conversion')!.textContent).toBe('12.5%');
    const rows = [...el().querySelectorAll<HTMLElement>('[data-testid="funnel-stage-row"]')];
    expect(rows.map((r) => r.querySelector('td')!.textContent)).toEqual([
      '线索',
      '接洽',
      '考察',
      '洽谈',
      '签约',
    ]);
    expect(rows[1].textContent).toContain('30');
    expect(rows[1].querySelector('[data-testid="funnel-stage-rate"]')!.textContent!.trim()).toBe(
      '75.0%',
    );
    expect(rows[0].querySelector('[data-testid="funnel-stage-rate"]')!.textContent!.trim()).toBe(
      '—',
    );
    expect(testId('funnel-definition')!.textContent).toContain('统计口径');
    const option = (
      fixture.componentInstance as unknown as { chartOption(): unknown }
    ).chartOption();
    expect(JSON.stringify(option)).toContain('接洽 30（转化 75.0%）');
  });

  it('breaks the leads down by source, industry and owner with their signing rate', async () => {
    await render(VIEWER);
    const rates = (key: string) =>
      [...testId(`funnel-${key}`)!.querySelectorAll('[data-testid="funnel-group-rate"]')].map((e) =>
        e.textContent!.trim(),
      );
    expect(testId('funnel-bySource')!.textContent).toContain('展会招商');
    expect(rates('bySource')).toEqual(['20.0%', '5.0%']);
    expect(rates('byIndustry')).toEqual(['12.5%']);
    expect(testId('funnel-byOwner')!.textContent).toContain('张三');
  });

  it('asks again for another period and filters, and says when the period has no lead', async () => {
    await render(MANAGER);
    expect(testId('funnel-owner')).not.toBeNull();
    const filters = (fixture.componentInstance as unknown as { filters: FunnelPage['filters'] })
      .filters;
    filters.controls.source.setValue('Referral');
    expectFunnel({ ...thisYear, source: 'Referral' }).flush(funnelDto());
    filters.controls.period.setValue([new Date(2025, 0, 1), new Date(2025, 5, 30)]);
    expectFunnel({ from: '2025-01-01', to: '2025-06-30', source: 'Referral' }).flush(
      funnelDto({ total: 0 }),
    );
    await fixture.whenStable();
    expect(testId('funnel-chart')).toBeNull();
    expect(testId('funnel-empty')).not.toBeNull();
  });
});
