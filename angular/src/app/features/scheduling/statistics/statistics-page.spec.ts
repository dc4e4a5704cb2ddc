import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { StatisticsDto } from '../../../api/models/statistics-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { previousMonth } from '../progress/progress-model';
import { StatisticsPage } from './statistics-page';
import { statisticsDto, statisticsProject } from './statistics-test-data';

const { year, month } = previousMonth();
const statisticsUrl = '/api/scheduling/statistics';
const projectsUrl = '/api/scheduling/statistics/projects';

type PageApi = { year: FormControl<number>; month: FormControl<number> };

describe('StatisticsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StatisticsPage>;
  const page = () => fixture.componentInstance as unknown as PageApi;
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function render(
    permissions: string[],
    answer: StatisticsDto = statisticsDto(year, month),
    query: Record<string, string> = {},
  ) {
    TestBed.configureTestingModule({
      imports: [StatisticsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: { success: vi.fn(), error: vi.fn() } },
        {
          provide: AuthService,
          useValue: { hasPermission: (p: string) => permissions.includes(p) },
        },
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
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', {
      scheduling: {
        statistics: {
          version: '口径 v{{version}}',
          schedule: {
            behind: '时间进度 {{elapsed}}，完成 {{completed}}，落后 {{points}} 个百分点',
          },
          lastYearSource: { unknown: '上年同期数据未知，无法计算同比' },
        },
      },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StatisticsPage);
    http.expectOne('/api/reserve/sectors').flush([
      { code: 'Industry', name: '工业', sortOrder: 1 },
      { code: 'Transport', name: '交通', sortOrder: 2 },
    ]);
    http
      .expectOne('/api/scheduling/problem-categories')
      .flush([{ code: 'Land', name: '用地问题', sortOrder: 1 }]);
    const request = http.expectOne((r) => r.url === statisticsUrl);
    const expected = query['year']
      ? { year: query['year'], month: query['month'] }
      : { year, month };
    expect(request.request.params.get('year')).toBe(String(expected.year));
    expect(request.request.params.get('month')).toBe(String(expected.month));
    request.flush(answer);
    await fixture.whenStable();
  }

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove()));

  it('loads the month just ended and shows the rates with their counts and definitions', async () => {
    await render(['Scheduling.View']);
    expect(testId('page-title')!.textContent).toContain('scheduling.statistics.title');
    expect(testId('progress-link')!.getAttribute('href')).toBe('/scheduling/progress');
    expect(testId('warnings-link')!.getAttribute('href')).toBe('/scheduling/warnings');
    expect(testId('briefs-link')!.getAttribute('href')).toBe('/scheduling/briefs');
    expect(testId('dashboard-link')!.getAttribute('href')).toBe('/scheduling/dashboard');

    const combined = testId('statistics-rate-StartOrResumeRate')!;
    expect(combined.querySelector('[data-testid="statistics-rate-value"]')!.textContent).toBe(
      '72.73%',
    );
    expect(
      combined
        .querySelector('[data-testid="statistics-rate-counts"]')!
        .textContent!.replace(/\s/g, ''),
    ).toBe('16/22');
    const definition = combined.querySelector(
      '[data-testid="statistics-definition"]',
    )!.textContent!;
    expect(definition).toContain(
      '开复工率 = 新建项目已开工数 + 续建项目已复工数 ÷ 新建项目数 + 续建项目数',
    );
    expect(definition).toContain('拟开工项目单独统计');
    expect(definition).toContain('口径 v1');

    const start = testId('statistics-rate-StartRate')!;
    expect(start.querySelector('[data-testid="statistics-rate-value"]')!.textContent).toBe(
      '60.00%',
    );
    expect(start.querySelector('[data-testid="statistics-drill-NewStarted"]')!.textContent).toBe(
      '6',
    );
    expect(start.querySelector('[data-testid="statistics-drill-New"]')!.textContent).toBe('10');
    const resume = testId('statistics-rate-ResumeRate')!;
    expect(resume.querySelector('[data-testid="statistics-rate-value"]')!.textContent).toBe(
      '83.33%',
    );
    expect(resume.textContent).toContain('口径 v2');
    expect(testId('statistics-to-start')!.textContent).toContain('40.00%');
    expect(testId('statistics-drill-ToStartStarted')!.textContent).toBe('2');
    expect(testId('statistics-drill-ToStart')!.textContent).toBe('5');
    expect(testId('statistics-drill-Plan')!.textContent).toBe('27');
    expect(testId('statistics-drill-NotStartedOrResumed')!.textContent).toBe('6');
    expect(testId('statistics-drill-StartedNotInStatistics')!.textContent).toBe('3');
  });

  it('shows the investment, 同比 and completion against time elapsed', async () => {
    await render(['Scheduling.View']);
    expect(testId('statistics-investment-completed')!.textContent).toBe('7,210.00');
    const yoy = testId('statistics-yoy')!;
    expect(yoy.textContent).toBe('+12.34%');
    expect(yoy.classList).toContain('up');
    expect(testId('statistics-last-year')!.textContent).toContain('lastYearSource.reports');
    expect(testId('statistics-annual-plan')!.textContent).toBe('10,000.00');
    expect(testId('statistics-completion-rate')!.textContent).toBe('72.10%');
    const schedule = testId('statistics-schedule')!;
    expect(schedule.textContent!.trim()).toBe('时间进度 83.33%，完成 72.10%，落后 11.23 个百分点');
    expect(schedule.classList).toContain('behind');

    const targets = el().querySelectorAll('[data-testid="statistics-target-row"]');
    expect(targets.length).toBe(2);
    expect(targets[0].textContent).toContain('60.00%');
    expect(targets[0].querySelector('[data-testid="statistics-target-gap"]')!.classList).toContain(
      'behind',
    );
    expect(targets[1].textContent).toContain('7,210.00');
    expect(targets[1].textContent).toContain('scheduling.statistics.notDue');

    const types = [...el().querySelectorAll('[data-testid="statistics-type-row"]')];
    expect(types.map((row) => row.textContent)).toEqual([
      expect.stringContaining('scheduling.types.Continuing'),
      expect.stringContaining('scheduling.types.New'),
      expect.stringContaining('scheduling.types.ToStart'),
    ]);
    expect(types[0].textContent).toContain('5,000.00');
    expect(types[0].textContent).toContain('4,500.00');
    const sectors = [...el().querySelectorAll('[data-testid="statistics-sector-name"]')];
    expect(sectors.map((cell) => cell.textContent!.trim())).toEqual(['工业', '交通']);
  });

  it('says 同比 is unknown and hides the targets of a department-scoped user', async () => {
    await render(
      ['Scheduling.View'],
      statisticsDto(year, month, {
        yoyGrowth: null,
        investmentCompletedLastYearSamePeriod: null,
        lastYearSource: null,
        targets: [],
      }),
    );
    expect(testId('statistics-yoy')!.textContent).toBe('—');
    expect(testId('statistics-yoy')!.classList).toContain('unknown');
    expect(testId('statistics-last-year')!.textContent!.trim()).toBe(
      '上年同期数据未知，无法计算同比',
    );
    expect(testId('statistics-targets')).toBeNull();
  });

  it('reads ?year=&month=', async () => {
    await render(['Scheduling.View'], statisticsDto(2025, 6), { year: '2025', month: '6' });
    expect(page().year.value).toBe(2025);
    expect(page().month.value).toBe(6);
  });

  it('lists the projects behind a figure, a type row and a sector row', async () => {
    await render(['Scheduling.View']);
    const open = async (id: string) => {
      testId(id)!.click();
      await fixture.whenStable();
      return http.expectOne((r) => r.url === projectsUrl);
    };
    const close = async () => {
      document.querySelector<HTMLElement>('.ant-modal-close')!.click();
      await fixture.whenStable();
    };

    const figure = await open('statistics-drill-NewStarted');
    expect(figure.request.params.get('year')).toBe(String(year));
    expect(figure.request.params.get('month')).toBe(String(month));
    expect(figure.request.params.get('figure')).toBe('NewStarted');
    expect(figure.request.params.has('type')).toBe(false);
    expect(figure.request.params.has('sectorCode')).toBe(false);
    expect(figure.request.params.get('page')).toBe('1');
    figure.flush({ items: [statisticsProject()], totalCount: 1 });
    await fixture.whenStable();
    const dialog = document.querySelector('[data-testid="statistics-projects"]')!;
    const rows = dialog.querySelectorAll('[data-testid="statistics-project-row"]');
    expect(rows.length).toBe(1);
    expect(rows[0].textContent).toContain('新平大道东延段');
    expect(rows[0].textContent).toContain('区住建局');
    expect(rows[0].textContent).toContain('12,000.00');
    expect(rows[0].textContent).toContain('4,500.00');
    expect(rows[0].textContent).toContain('2026-03-10');
    expect(rows[0].textContent).toContain('scheduling.no');
    expect(
      rows[0].querySelector('[data-testid="statistics-project-category"]')!.textContent,
    ).toContain('用地问题');
    expect(rows[0].textContent).toContain('征地拆迁滞后');
    await close();

    const type = await open('statistics-drill-type-Continuing');
    expect(type.request.params.get('figure')).toBe('Plan');
    expect(type.request.params.get('type')).toBe('Continuing');
    type.flush({ items: [], totalCount: 0 });
    await close();

    const started = await open('statistics-drill-type-ToStart-started');
    expect(started.request.params.get('figure')).toBe('ToStartStarted');
    expect(started.request.params.get('type')).toBe('ToStart');
    started.flush({ items: [], totalCount: 0 });
    await close();

    const sector = await open('statistics-drill-sector-Transport');
    expect(sector.request.params.get('figure')).toBe('Plan');
    expect(sector.request.params.get('sectorCode')).toBe('Transport');
    expect(sector.request.params.has('type')).toBe(false);
    sector.flush({ items: [], totalCount: 0 });
    await close();

    const list = await open('statistics-drill-StartedNotInStatistics');
    expect(list.request.params.get('figure')).toBe('StartedNotInStatistics');
  });

  it('reads another month, showing only the latest answer, and puts it in the address', async () => {
    await render(['Scheduling.View']);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');
    page().year.setValue(year - 1);
    const slow = http.expectOne((r) => r.url === statisticsUrl);
    const other = month === 1 ? 2 : 1;
    page().month.setValue(other);
    const latest = http.expectOne((r) => r.url === statisticsUrl);
    expect(slow.cancelled).toBe(true);
    expect(latest.request.params.get('year')).toBe(String(year - 1));
    expect(latest.request.params.get('month')).toBe(String(other));
    expect(navigate).toHaveBeenLastCalledWith(
      [],
      expect.objectContaining({ queryParams: { year: year - 1, month: other } }),
    );
    latest.flush(statisticsDto(year - 1, other, { planProjectCount: 9 }));
    await fixture.whenStable();
    expect(testId('statistics-drill-Plan')!.textContent).toBe('9');
  });

  it('offers 往年数据 only with the manage permission, and reloads after saving it', async () => {
    await render(['Scheduling.View', 'Scheduling.Report']);
    expect(testId('statistics-history')).toBeNull();
    TestBed.resetTestingModule();
    await render(['Scheduling.View', 'Scheduling.Manage']);
    testId('statistics-history')!.click();
    await fixture.whenStable();
    http
      .expectOne(`/api/scheduling/statistics/history/${year - 1}`)
      .flush([{ month: 1, cumulativeInvestment: 1_000_000 }]);
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="statistics-history-dialog"]')).not.toBeNull();
    document.querySelector<HTMLButtonElement>('[data-testid="history-save"]')!.click();
    await fixture.whenStable();
    const save = http.expectOne({
      method: 'PUT',
      url: `/api/scheduling/statistics/history/${year - 1}`,
    });
    expect(save.request.body).toEqual({ months: [{ month: 1, cumulativeInvestment: 1_000_000 }] });
    save.flush(save.request.body.months);
    await fixture.whenStable();
    const reload = http.expectOne((r) => r.url === statisticsUrl);
    expect(reload.request.params.get('month')).toBe(String(month));
    reload.flush(statisticsDto(year, month));
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="statistics-history-dialog"]')).toBeNull();
  });
});
