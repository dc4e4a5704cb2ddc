import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { EChartsOption } from 'echarts';
import type { MockInstance } from 'vitest';
import { provideEchartsCore } from 'ngx-echarts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import zh from '../../../../../public/i18n/zh-CN.json';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { PagedResultOfStatisticsProjectDto } from '../../../api/models/paged-result-of-statistics-project-dto';
import { APP_ICONS } from '../../../core/icons';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { previousMonth } from '../progress/progress-model';
import { statisticsDto, statisticsProject } from '../statistics/statistics-test-data';
import { ChartClick } from './dashboard-model';
import { DashboardPage } from './dashboard-page';
import { trendDto, warningSummaryDto } from './dashboard-test-data';

const { year, month } = previousMonth();
const trendUrl = '/api/scheduling/statistics/trend';
const statisticsUrl = '/api/scheduling/statistics';
const projectsUrl = '/api/scheduling/statistics/projects';
const summaryUrl = '/api/scheduling/warnings/summary';

/** Two projects not started: one held up by land, one with no cause; 8 in all (only 2 counted). */
const notStarted: PagedResultOfStatisticsProjectDto = {
  totalCount: 8,
  items: [
    statisticsProject({ status: 'NotStarted', problemCategoryCode: 'Land' }),
    statisticsProject({ projectId: 'p2', status: 'NotStarted', problemCategoryCode: null }),
  ],
};

type PageApi = {
  year: FormControl<number>;
  month: FormControl<number>;
  investmentOption(): EChartsOption | null;
  ratesOption(): EChartsOption | null;
  sectorsOption(): EChartsOption | null;
  warningsOption(): EChartsOption | null;
  causesOption(): EChartsOption | null;
  onInvestmentClick(event: ChartClick): void;
  onRatesClick(event: ChartClick): void;
  onSectorClick(event: ChartClick): void;
  onWarningsClick(event: ChartClick): void;
  onCauseClick(event: ChartClick): void;
};

const seriesData = (option: EChartsOption | null) =>
  (option!.series as { data: unknown[] }[]).map((series) => series.data);

describe('DashboardPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<DashboardPage>;
  let navigate: MockInstance<Router['navigate']>;
  const report = vi.fn();
  const page = () => fixture.componentInstance as unknown as PageApi;
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  /** The four requests of a month, checked for their parameters. */
  function expectMonth(y: number, m: number) {
    const trend = http.expectOne((r) => r.url === trendUrl);
    expect(trend.request.params.keys()).toEqual(['year']);
    expect(trend.request.params.get('year')).toBe(String(y));
    const statistics = http.expectOne((r) => r.url === statisticsUrl);
    expect(statistics.request.params.get('year')).toBe(String(y));
    expect(statistics.request.params.get('month')).toBe(String(m));
    const summary = http.expectOne((r) => r.url === summaryUrl);
    expect(summary.request.params.get('year')).toBe(String(y));
    const projects = http.expectOne((r) => r.url === projectsUrl);
    expect(projects.request.params.get('year')).toBe(String(y));
    expect(projects.request.params.get('month')).toBe(String(m));
    expect(projects.request.params.get('figure')).toBe('NotStartedOrResumed');
    expect(projects.request.params.get('pageSize')).toBe('200');
    return { trend, statistics, summary, projects };
  }

  function flushMonth(
    requests: Record<'trend' | 'statistics' | 'summary' | 'projects', TestRequest>,
    y: number,
    m: number,
  ) {
    requests.trend.flush(trendDto(y));
    requests.statistics.flush(statisticsDto(y, m));
    requests.summary.flush(warningSummaryDto(y));
    requests.projects.flush(notStarted);
  }

  async function render(query: Record<string, string> = {}) {
    report.mockReset();
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: { success: vi.fn(), error: vi.fn() } },
        { provide: ProblemReporter, useValue: { report } },
        ...(Object.keys(query).length
          ? [
              {
                provide: ActivatedRoute,
                useValue: { snapshot: { queryParamMap: convertToParamMap(query) } },
              },
            ]
          : []),
      ],
    });
    // jsdom draws no canvas: ECharts itself is never loaded, the charts are checked through their options.
    TestBed.overrideComponent(DashboardPage, {
      set: { providers: [provideEchartsCore({ echarts: () => new Promise(() => undefined) })] },
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', zh);
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(DashboardPage);
    http.expectOne('/api/reserve/sectors').flush([
      { code: 'Industry', name: '工业', sortOrder: 1 },
      { code: 'Transport', name: '交通', sortOrder: 2 },
    ]);
    http.expectOne('/api/scheduling/problem-categories').flush([
      { code: 'Land', name: '用地问题', sortOrder: 1 },
      { code: 'Funds', name: '资金问题', sortOrder: 2 },
    ]);
    const y = query['year'] ? Number(query['year']) : year;
    const m = query['month'] ? Number(query['month']) : month;
    flushMonth(expectMonth(y, m), y, m);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('loads the month just ended: the KPIs and five charts built from the four answers', async () => {
    await render();
    expect(testId('dashboard-page')).not.toBeNull();
    expect(testId('page-title')!.textContent).toContain('调度看板');
    expect(page().year.value).toBe(year);
    expect(page().month.value).toBe(month);

    const value = (id: string) =>
      testId(id)!.querySelector('[data-testid="kpi-value"]')!.textContent;
    expect(value('kpi-rate')).toBe('72.73%');
    expect(value('kpi-investment')).toBe('7,210.00');
    expect(testId('kpi-completion')!.textContent).toContain('计划完成率 72.10%');
    expect(testId('kpi-completion')!.textContent).toContain('时间进度 83.33%');
    expect(value('kpi-yoy')).toBe('+12.34%');
    expect(testId('kpi-red')!.textContent).toBe('4');
    expect(testId('kpi-yellow')!.textContent).toBe('5');

    for (const chart of ['investment', 'rates', 'sectors', 'warnings', 'causes']) {
      expect(testId(`chart-${chart}`), chart).not.toBeNull();
    }
    const none = Array.from({ length: 9 }, () => null);
    expect(seriesData(page().investmentOption())).toEqual([
      [1234.57, 3000.01, 4560, ...none],
      Array.from({ length: 12 }, () => 10_000),
      [1000, null, 4000, ...none],
    ]);
    expect(seriesData(page().ratesOption())).toEqual([
      [50, null, 72.73, ...none],
      [40, null, 60, ...none],
      [55.56, null, 83.33, ...none],
      [{ value: [8, 50], month: 9 }],
    ]);
    expect((page().sectorsOption()!.xAxis as { data: string[] }).data).toEqual(['工业', '交通']);
    expect(seriesData(page().sectorsOption())).toEqual([
      [6000, 4000],
      [5000, 2210],
    ]);
    expect(seriesData(page().warningsOption())).toEqual([
      [3, 1],
      [5, 0],
    ]);
    expect((page().causesOption()!.yAxis as { data: string[] }).data).toEqual([
      '未填报原因',
      '用地问题',
    ]);
    expect(seriesData(page().causesOption())).toEqual([[1, 1]]);
    expect(testId('causes-partial')!.textContent).toContain('仅统计前 2 个');
  });

  it('opens on ?year=&month= and follows the pickers, the latest month winning', async () => {
    await render({ year: String(year - 1), month: '6' });
    expect(page().month.value).toBe(6);
    page().month.setValue(5);
    const slow = expectMonth(year - 1, 5);
    page().month.setValue(4);
    const latest = expectMonth(year - 1, 4);
    expect(slow.trend.cancelled).toBe(true);
    expect(slow.projects.cancelled).toBe(true);
    expect(navigate).toHaveBeenLastCalledWith(
      [],
      expect.objectContaining({ queryParams: { year: year - 1, month: 4 } }),
    );
    flushMonth(latest, year - 1, 4);
    await fixture.whenStable();
    expect(testId('kpi-rate')!.textContent).toContain('72.73%');
  });

  it('still draws what arrived when one request fails, and reports the failure', async () => {
    await render();
    page().month.setValue(month === 1 ? 2 : 1);
    const requests = expectMonth(year, page().month.value);
    requests.trend.flush({}, { status: 500, statusText: 'Server Error' });
    requests.statistics.flush(statisticsDto(year, page().month.value));
    requests.summary.flush(warningSummaryDto(year));
    requests.projects.flush(notStarted);
    await fixture.whenStable();
    expect(report).toHaveBeenCalledTimes(1);
    expect(page().investmentOption()).toBeNull();
    expect(testId('chart-investment')).toBeNull();
    expect(testId('chart-sectors')).not.toBeNull();
  });

  it('opens the statistics of the month clicked on the investment or rates chart', async () => {
    await render();
    page().onInvestmentClick({ componentType: 'series', seriesIndex: 0, dataIndex: 2 });
    expect(navigate).toHaveBeenLastCalledWith(['/scheduling/statistics'], {
      queryParams: { year, month: 3 },
    });
    page().onRatesClick({ componentType: 'markPoint', seriesIndex: 1, data: { month: 6 } });
    expect(navigate).toHaveBeenLastCalledWith(['/scheduling/statistics'], {
      queryParams: { year, month: 6 },
    });
    navigate.mockClear();
    page().onRatesClick({ componentType: 'legend' });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('opens the warnings of the level and rule clicked', async () => {
    await render();
    page().onWarningsClick({ componentType: 'series', seriesIndex: 0, dataIndex: 0 });
    expect(navigate).toHaveBeenLastCalledWith(['/scheduling/warnings'], {
      queryParams: { year, level: 'Red', rule: 'Start' },
    });
    page().onWarningsClick({ componentType: 'series', seriesIndex: 1, dataIndex: 1 });
    expect(navigate).toHaveBeenLastCalledWith(['/scheduling/warnings'], {
      queryParams: { year, level: 'Yellow', rule: 'Progress' },
    });
    testId('kpi-red')!.click();
    expect(navigate).toHaveBeenLastCalledWith(['/scheduling/warnings'], {
      queryParams: { year, level: 'Red', rule: undefined },
    });
  });

  it('lists a clicked sector’s plan projects, and the not-started projects from a cause', async () => {
    await render();
    page().onSectorClick({ componentType: 'series', seriesIndex: 1, dataIndex: 1 });
    await fixture.whenStable();
    const sector = http.expectOne((r) => r.url === projectsUrl);
    expect(sector.request.params.get('year')).toBe(String(year));
    expect(sector.request.params.get('month')).toBe(String(month));
    expect(sector.request.params.get('figure')).toBe('Plan');
    expect(sector.request.params.get('sectorCode')).toBe('Transport');
    sector.flush({ items: [statisticsProject()], totalCount: 1 });
    await fixture.whenStable();
    expect(document.querySelector('.ant-modal-title')!.textContent).toContain('交通行业项目');
    expect(document.querySelectorAll('[data-testid="statistics-project-row"]').length).toBe(1);
    document.querySelector<HTMLElement>('.ant-modal-close')!.click();
    await fixture.whenStable();

    // the causes chart's bars run bottom-up: index 1 is the top bar, 用地问题
    page().onCauseClick({ componentType: 'series', seriesIndex: 0, dataIndex: 1 });
    await fixture.whenStable();
    const causes = http.expectOne((r) => r.url === projectsUrl);
    expect(causes.request.params.get('figure')).toBe('NotStartedOrResumed');
    expect(causes.request.params.get('month')).toBe(String(month));
    expect(causes.request.params.has('sectorCode')).toBe(false);
    expect(causes.request.params.get('problemCategoryCode')).toBe('Land');
    causes.flush(notStarted);
    await fixture.whenStable();
    expect(document.querySelector('.ant-modal-title')!.textContent).toContain('用地问题');
  });
});
