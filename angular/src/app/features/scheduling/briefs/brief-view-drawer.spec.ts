import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { BriefViewDrawer } from './brief-view-drawer';
import { briefSnapshot } from './briefs-test-data';

const url = '/api/scheduling/briefs/b1';
const year = 2026;

describe('BriefViewDrawer', () => {
  let fixture: ComponentFixture<BriefViewDrawer>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const testId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function open() {
    TestBed.configureTestingModule({
      imports: [BriefViewDrawer],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', {
      scheduling: {
        types: { New: '新建', Continuing: '续建', ToStart: '拟开工' },
        statistics: {
          rates: { StartOrResumeRate: '开复工率', StartRate: '开工率', ResumeRate: '复工率' },
        },
        warnings: { levels: { Red: '红色', Yellow: '黄色' }, sinceMonth: '{{year}}年{{month}}月' },
        briefs: {
          period: '{{year}}年1-{{month}}月',
          snapshotNote: '数据截至{{period}}，生成于 {{time}}，此为生成时的数据快照',
        },
      },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BriefViewDrawer);
    fixture.componentRef.setInput('briefId', 'b1');
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url }).flush(briefSnapshot(year));
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('renders the snapshot as the document lays it out', async () => {
    await open();
    expect(testId('brief-view-title')!.textContent).toContain(
      `${year}年第三季度重点项目调度会通报`,
    );
    expect(testId('brief-view-snapshot')!.textContent).toContain(
      `数据截至${year}年1-9月，生成于 ${year}-10-08 10:30，此为生成时的数据快照`,
    );
    const start = testId('brief-rate-StartRate')!;
    expect(start.textContent).toContain('开工率');
    expect(start.querySelector('[data-testid="brief-rate-value"]')!.textContent).toBe('50.00%');
    expect(start.textContent).toContain('5 / 10');
    expect(start.querySelector('[data-testid="brief-definition"]')!.textContent).toContain(
      '开工率 = 新建项目已开工数 ÷ 新建项目数',
    );
    expect(testId('brief-plan-count')!.textContent).toContain('27');
    expect(testId('brief-investment')!.textContent).toContain('7,210.00');
    expect(testId('brief-completion')!.textContent).toContain('72.10%');
    expect(testId('brief-completion')!.textContent).toContain('83.33%');
    expect(testId('brief-yoy')!.textContent).toContain('+12.34%');
  });

  it('lists the projects not started and the red warnings', async () => {
    await open();
    const notStarted = testId('brief-not-started')!.querySelectorAll(
      '[data-testid="brief-project-line"]',
    );
    expect(notStarted.length).toBe(1);
    expect(notStarted[0].textContent).toContain('湟水河综合治理');
    expect(notStarted[0].textContent).toContain('新建');
    expect(notStarted[0].textContent).toContain('3,000.00');
    expect(notStarted[0].textContent).toContain('征地拆迁滞后');
    const red = testId('brief-red')!.querySelectorAll('[data-testid="brief-warning-line"]');
    expect(red.length).toBe(1);
    expect(red[0].querySelector('nz-tag')!.textContent).toContain('红色');
    expect(red[0].textContent).toContain('开工预警');
    expect(red[0].textContent).toContain('已滞后 4 个月');
    expect(red[0].textContent).toContain(`${year}年7月`);
    const yellow = testId('brief-yellow')!.querySelectorAll('[data-testid="brief-warning-line"]');
    expect(yellow.length).toBe(1);
    expect(yellow[0].textContent).toContain('城北污水处理厂');
    const problems = testId('brief-problems')!.querySelectorAll(
      '[data-testid="brief-follow-up-line"]',
    );
    expect(problems.length).toBe(1);
    expect(problems[0].textContent).toContain('区自然资源局');
    expect(problems[0].querySelector('nz-tag')).not.toBeNull(); // overdue
    expect(
      testId('brief-rectifications')!.querySelectorAll('[data-testid="brief-follow-up-line"]')
        .length,
    ).toBe(0);
  });

  it('downloads the Word document under its title', async () => {
    const names: string[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await open();
    testId('brief-view-download')!.click();
    const request = http.expectOne({ method: 'GET', url: `${url}/document` });
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['x']));
    expect(names).toEqual([`${year}年第三季度重点项目调度会通报.docx`]);
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });
});
