import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { PagedResultOfWarningDto } from '../../../api/models/paged-result-of-warning-dto';
import { WarningSummaryDto } from '../../../api/models/warning-summary-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { previousMonth } from '../progress/progress-model';
import { WarningsPage } from './warnings-page';
import { evaluationDto, summaryDto, warningDto, warningEvent } from './warnings-test-data';

const { year } = previousMonth();
const listUrl = '/api/scheduling/warnings';
const summaryUrl = '/api/scheduling/warnings/summary';

const list: PagedResultOfWarningDto = {
  totalCount: 42,
  items: [
    warningDto(year),
    warningDto(year, {
      id: 'w2',
      projectId: 'p2',
      projectName: '湟水河综合治理',
      projectCode: null,
      responsibleUnit: '区水务局',
      rule: 'Progress',
      ruleName: '进度预警',
      thresholds: '≥10 个百分点为黄色，>30 个百分点为红色',
      level: 'Yellow',
      measure: 12.5,
      unit: '个百分点',
      threshold: 10,
      data: '累计完成 37.5%，时序进度 50.0%，落后 12.5 个百分点',
      sinceMonth: 6,
      exemption: 'Requested',
      exemptionReason: '汛期停工，经区政府同意顺延',
      exemptionRequestedBy: '水务局张三',
      concurrencyStamp: 'stamp-w2',
    }),
  ],
};

type PageApi = {
  year: FormControl<number>;
  filters: FormGroup;
  search(): void;
  onPageIndex(page: number): void;
  onPageSize(size: number): void;
};

describe('WarningsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<WarningsPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  let lastParams: HttpParams;
  const page = () => fixture.componentInstance as unknown as PageApi;
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const rows = () => [...el().querySelectorAll<HTMLElement>('[data-testid="warning-row"]')];

  const expectList = (params: Record<string, string> = {}) => {
    const request = http.expectOne((r) => r.url === listUrl);
    expect(request.request.method).toBe('GET');
    const expected = { year: String(year), status: 'Open', page: '1', pageSize: '20', ...params };
    for (const [key, value] of Object.entries(expected)) {
      expect(request.request.params.get(key), key).toBe(value);
    }
    return request;
  };

  async function render(
    permissions: string[],
    summary: WarningSummaryDto = summaryDto(year),
    answer: PagedResultOfWarningDto = list,
    query: Record<string, string> = {},
    listParams: Record<string, string> = query,
  ) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [WarningsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
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
        warnings: {
          latest: '最近评估：{{year}} 年 {{month}} 月数据，{{time}}，{{trigger}}',
          evaluationCounts:
            '评估项目 {{projectCount}} 个：新增 {{raised}}、升级 {{escalated}}、降级 {{reduced}}、解除 {{resolved}}',
          notEvaluated: '尚未评估',
          triggers: { Nightly: '每晚自动', OnDemand: '手动' },
          levels: { Red: '红色', Yellow: '黄色' },
          sinceMonth: '{{year}}年{{month}}月',
          summary: { redCount: '红 {{count}}', yellowCount: '黄 {{count}}' },
        },
      },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WarningsPage);
    const summaryRequest = http.expectOne((r) => r.url === summaryUrl);
    expect(summaryRequest.request.params.get('year')).toBe(String(year));
    summaryRequest.flush(summary);
    const initial = expectList(listParams);
    lastParams = initial.request.params;
    initial.flush(answer);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('shows the year of last month: the counts, the latest evaluation and the counts by rule', async () => {
    await render(['Scheduling.View']);
    expect(testId('warnings-page')).not.toBeNull();
    expect(testId('page-title')!.textContent).toContain('scheduling.warnings.title');
    expect(testId('progress-link')!.getAttribute('href')).toBe('/scheduling/progress');
    expect(testId('statistics-link')!.getAttribute('href')).toBe('/scheduling/statistics');
    expect(testId('briefs-link')!.getAttribute('href')).toBe('/scheduling/briefs');
    expect(testId('dashboard-link')!.getAttribute('href')).toBe('/scheduling/dashboard');
    const card = (key: string) =>
      testId(`warnings-summary-${key}`)!.querySelector('[data-testid="warnings-summary-value"]')!
        .textContent;
    expect(card('red')).toBe('5');
    expect(card('yellow')).toBe('8');
    expect(card('exempted')).toBe('2');
    expect(card('pending')).toBe('1');
    const latest = testId('warnings-latest-evaluation')!.textContent!;
    expect(latest).toContain(`最近评估：${year} 年 7 月数据，${year}-08-02 02:00，每晚自动`);
    expect(latest).toContain('评估项目 36 个：新增 3、升级 1、降级 2、解除 4');
    const byRule = [...el().querySelectorAll('[data-testid="warnings-rule-count"]')].map((e) =>
      e.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(byRule[0]).toBe('开工预警红 3黄 2');
    expect(byRule.length).toBe(4);
  });

  it('says 尚未评估 before the first evaluation, and shows who ran a manual one', async () => {
    await render(['Scheduling.View'], summaryDto(year, { latestEvaluation: null }));
    expect(testId('warnings-latest-evaluation')!.textContent).toContain('尚未评估');
    TestBed.resetTestingModule();
    await render(
      ['Scheduling.View'],
      summaryDto(year, {
        latestEvaluation: evaluationDto(year, { trigger: 'OnDemand', by: '李四' }),
      }),
    );
    expect(testId('warnings-latest-evaluation')!.textContent).toContain('手动');
    expect(testId('warnings-latest-evaluation')!.textContent).toContain('李四');
  });

  it('lists each warning with its level, data, measure against thresholds, since and exemption', async () => {
    await render(['Scheduling.View']);
    const [red, yellow] = rows();
    expect(rows().length).toBe(2);
    const level = (row: HTMLElement) => row.querySelector('[data-testid="warning-level"]')!;
    expect(level(red).textContent).toContain('红色');
    expect(level(red).classList).toContain('ant-tag-red');
    expect(level(yellow).textContent).toContain('黄色');
    expect(level(yellow).classList).toContain('ant-tag-gold');
    expect(red.querySelector('[data-testid="warning-project-name"]')!.textContent).toBe(
      '新平大道东延段',
    );
    expect(red.textContent).toContain('2025-630203-48-01-000001');
    expect(red.textContent).toContain('区住建局');
    expect(red.textContent).toContain('开工预警');
    expect(red.querySelector('[data-testid="warning-data"]')!.textContent).toContain(
      '计划 3 月开工，截至 7 月仍未开工，已滞后 4 个月',
    );
    const measure = red.querySelector('[data-testid="warning-measure"]')!.textContent!;
    expect(measure).toContain('4 个月');
    expect(measure).toContain('≥0 个月为黄色，>3 个月为红色');
    expect(red.querySelector('[data-testid="warning-since"]')!.textContent!.trim()).toBe(
      `${year}年3月`,
    );
    expect(red.querySelector('[data-testid="warning-exemption"] nz-tag')).toBeNull();
    expect(yellow.querySelector('[data-testid="warning-measure"]')!.textContent).toContain(
      '12.5 个百分点',
    );
    expect(yellow.querySelector('[data-testid="warning-exemption"]')!.textContent).toContain(
      'scheduling.warnings.exemptions.Requested',
    );
    expect(testId('warnings-table')!.textContent).toContain('common.total');
  });

  it('offers only 详情 to a View-only user', async () => {
    await render(['Scheduling.View']);
    expect(el().querySelectorAll('[data-testid="warning-view"]').length).toBe(2);
    expect(testId('warning-exempt')).toBeNull();
    expect(testId('warning-decide')).toBeNull();
    expect(testId('warnings-evaluate')).toBeNull();
    expect(testId('warnings-rules')).toBeNull();
    expect(testId('warnings-export')).not.toBeNull();
  });

  it('offers 申请豁免 to a unit where no request is pending, and 审核 of the pending one to 重点办', async () => {
    await render(['Scheduling.View', 'Scheduling.Report']);
    let [red, yellow] = rows();
    expect(red.querySelector('[data-testid="warning-exempt"]')).not.toBeNull();
    expect(yellow.querySelector('[data-testid="warning-exempt"]')).toBeNull();
    expect(testId('warning-decide')).toBeNull();
    TestBed.resetTestingModule();
    await render(['Scheduling.View', 'Scheduling.Manage']);
    [red, yellow] = rows();
    expect(testId('warning-exempt')).toBeNull();
    expect(red.querySelector('[data-testid="warning-decide"]')).toBeNull();
    expect(yellow.querySelector('[data-testid="warning-decide"]')).not.toBeNull();
    expect(testId('warnings-evaluate')).not.toBeNull();
    expect(testId('warnings-rules')).not.toBeNull();
  });

  it('sends the filters and pages, starting again from page 1 when a filter changes', async () => {
    await render(['Scheduling.View']);
    page().filters.controls['level'].setValue('Red');
    expectList({ level: 'Red' }).flush(list);

    page().filters.controls['rule'].setValue('Start');
    expectList({ level: 'Red', rule: 'Start' }).flush(list);

    page().filters.controls['status'].setValue('Exempted');
    expectList({ level: 'Red', rule: 'Start', status: 'Exempted' }).flush(list);

    page().filters.controls['exemption'].setValue('Granted');
    expectList({ level: 'Red', rule: 'Start', status: 'Exempted', exemption: 'Granted' }).flush(
      list,
    );

    page().filters.patchValue({ search: ' 新平 ' }, { emitEvent: false });
    testId('warnings-search-submit')!.click();
    const searched = expectList({ search: '新平', status: 'Exempted', exemption: 'Granted' });
    searched.flush(list);

    page().onPageIndex(3);
    expectList({ page: '3', search: '新平', status: 'Exempted' }).flush(list);
    page().onPageSize(50);
    expectList({ page: '1', pageSize: '50', status: 'Exempted' }).flush(list);
  });

  it('opens filtered by ?level=&rule= (as the 调度看板 links), ignoring unknown values', async () => {
    await render(['Scheduling.View'], summaryDto(year), list, { level: 'Red', rule: 'Start' });
    expect(page().filters.getRawValue()).toMatchObject({ level: 'Red', rule: 'Start' });
    expect(rows()).toHaveLength(2);
  });

  it('ignores a ?level= or ?rule= it does not know', async () => {
    await render(['Scheduling.View'], summaryDto(year), list, { level: 'Blue', rule: 'Nope' }, {});
    expect(page().filters.getRawValue()).toMatchObject({ level: null, rule: null });
    expect(lastParams.has('level')).toBe(false);
    expect(lastParams.has('rule')).toBe(false);
  });

  it('filters from a summary card at once (one request)', async () => {
    await render(['Scheduling.View']);
    page().filters.controls['rule'].setValue('Progress');
    expectList({ rule: 'Progress' }).flush(list);
    testId('warnings-summary-pending')!
      .querySelector<HTMLElement>('[data-testid="warnings-summary-value"]')!
      .click();
    const request = expectList({ exemption: 'Requested', status: 'Open' });
    expect(request.request.params.has('rule')).toBe(false);
    request.flush(list);
  });

  it('shows only the latest request when the year and filters change before an answer', async () => {
    await render(['Scheduling.View']);
    page().year.setValue(year - 1);
    const slowSummary = http.expectOne((r) => r.url === summaryUrl);
    expect(slowSummary.request.params.get('year')).toBe(String(year - 1));
    const slow = expectList({ year: String(year - 1) });
    page().filters.controls['level'].setValue('Yellow');
    const latest = expectList({ year: String(year - 1), level: 'Yellow' });
    expect(slow.cancelled).toBe(true);
    latest.flush({ totalCount: 1, items: [warningDto(year - 1, { level: 'Yellow' })] });
    slowSummary.flush(summaryDto(year - 1, { red: 9 }));
    await fixture.whenStable();
    expect(rows().length).toBe(1);
    expect(rows()[0].querySelector('[data-testid="warning-level"]')!.textContent).toContain('黄色');
    expect(
      testId('warnings-summary-red')!.querySelector('[data-testid="warnings-summary-value"]')!
        .textContent,
    ).toBe('9');
  });

  it('exports the filtered list under the server file name', async () => {
    const names: string[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await render(['Scheduling.View']);
    page().filters.controls['level'].setValue('Red');
    expectList({ level: 'Red' }).flush(list);
    testId('warnings-export')!.click();
    const request = http.expectOne((r) => r.url === `${listUrl}/export`);
    expect(request.request.responseType).toBe('blob');
    expect(request.request.params.get('year')).toBe(String(year));
    expect(request.request.params.get('level')).toBe('Red');
    expect(request.request.params.get('status')).toBe('Open');
    expect(request.request.params.has('page')).toBe(false);
    request.flush(new Blob(['x']));
    expect(names).toEqual([`预警清单-${year}.xlsx`]);
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it('opens 详情 with the warning and its history', async () => {
    await render(['Scheduling.View']);
    rows()[0].querySelector<HTMLElement>('[data-testid="warning-view"]')!.click();
    await fixture.whenStable();
    http.expectOne(`${listUrl}/w1`).flush({
      warning: warningDto(year),
      events: [warningEvent(year), warningEvent(year, { kind: 'Escalated', level: 'Red' })],
    });
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="warning-detail"]')).not.toBeNull();
    expect(document.querySelectorAll('[data-testid="warning-event"]').length).toBe(2);
  });

  it('lets 重点办 evaluate now, then reads the counts and the list again', async () => {
    await render(['Scheduling.View', 'Scheduling.Manage']);
    testId('warnings-evaluate')!.click();
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="evaluate-submit"]')!.click();
    const request = http.expectOne({ method: 'POST', url: `${listUrl}/evaluations` });
    expect(request.request.body).toEqual(previousMonth());
    request.flush(evaluationDto(year, { month: previousMonth().month, trigger: 'OnDemand' }));
    http.expectOne((r) => r.url === summaryUrl).flush(summaryDto(year, { red: 6 }));
    expectList().flush(list);
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="evaluate-result"]')).not.toBeNull();
    expect(
      testId('warnings-summary-red')!.querySelector('[data-testid="warnings-summary-value"]')!
        .textContent,
    ).toBe('6');
  });

  it('opens the rules and their evaluations for 重点办', async () => {
    await render(['Scheduling.View', 'Scheduling.Manage']);
    testId('warnings-rules')!.click();
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: `${listUrl}/rules` }).flush([]);
    http.expectOne({ method: 'GET', url: `${listUrl}/evaluations` }).flush([]);
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="rules-dialog"]')).not.toBeNull();
  });

  it('reads the counts and the list again after a unit asked for an exemption', async () => {
    await render(['Scheduling.View', 'Scheduling.Report']);
    rows()[0].querySelector<HTMLElement>('[data-testid="warning-exempt"]')!.click();
    await fixture.whenStable();
    const reason = document.querySelector<HTMLTextAreaElement>('[data-testid="exemption-reason"]')!;
    reason.value = '征地补偿已于本月落实，下月开工';
    reason.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="exemption-submit"]')!.click();
    const request = http.expectOne({ method: 'POST', url: `${listUrl}/w1/exemption` });
    expect(request.request.body).toEqual({
      reason: '征地补偿已于本月落实，下月开工',
      concurrencyStamp: 'stamp-w1',
    });
    request.flush(warningDto(year, { exemption: 'Requested' }));
    http.expectOne((r) => r.url === summaryUrl).flush(summaryDto(year, { exemptionsPending: 2 }));
    expectList().flush(list);
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="exemption-dialog"]')).toBeNull();
    expect(
      testId('warnings-summary-pending')!.querySelector('[data-testid="warnings-summary-value"]')!
        .textContent,
    ).toBe('2');
  });
});
