import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { WarningDetailDto } from '../../../api/models/warning-detail-dto';
import { APP_ICONS } from '../../../core/icons';
import { WarningDetailDrawer } from './warning-detail-drawer';
import { warningDto, warningEvent } from './warnings-test-data';

const year = 2026;
const url = '/api/scheduling/warnings/w1';

const detail: WarningDetailDto = {
  warning: warningDto(year, {
    exemption: 'Refused',
    exemptionReason: '征地补偿已落实',
    exemptionRequestedBy: '住建局王五',
    exemptionDecidedBy: '重点办赵六',
    exemptionComment: '理由不充分',
  }),
  events: [
    warningEvent(year),
    warningEvent(year, {
      kind: 'Escalated',
      level: 'Red',
      measure: 4,
      month: 7,
      text: '计划 3 月开工，截至 7 月仍未开工，已滞后 4 个月',
      atUtc: `${year}-08-01T18:00:00Z`,
    }),
    warningEvent(year, {
      kind: 'ExemptionRefused',
      level: 'Red',
      measure: 4,
      month: 7,
      text: '理由不充分',
      atUtc: `${year}-08-05T02:00:00Z`,
      by: '重点办赵六',
    }),
  ],
};

describe('WarningDetailDrawer', () => {
  let fixture: ComponentFixture<WarningDetailDrawer>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open() {
    TestBed.configureTestingModule({
      imports: [WarningDetailDrawer],
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
        warnings: {
          ruleVersion: '（规则 v{{version}}）',
          sinceMonth: '{{year}}年{{month}}月',
          crossed: { Red: '（红色阈值 >{{threshold}}）' },
          eventData: '{{year}} 年 {{month}} 月数据，实测 {{measure}}',
          events: { Raised: '产生预警', Escalated: '升级', ExemptionRefused: '不同意豁免' },
        },
      },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WarningDetailDrawer);
    fixture.componentRef.setInput('warningId', 'w1');
    await fixture.whenStable();
  }

  const text = (testId: string) =>
    document.querySelector(`[data-testid="${testId}"]`)!.textContent!.trim();

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('explains the warning: rule and version, thresholds, measure, data and since', async () => {
    await open();
    http.expectOne(url).flush(detail);
    await fixture.whenStable();
    expect(text('warning-detail-project')).toBe('新平大道东延段');
    expect(text('warning-detail-rule')).toBe('开工预警');
    expect(document.querySelector('[data-testid="warning-detail"]')!.textContent).toContain(
      '（规则 v2）',
    );
    expect(text('warning-detail-thresholds')).toBe('≥0 个月为黄色，>3 个月为红色');
    expect(text('warning-detail-measure')).toBe('4 个月');
    expect(document.querySelector('[data-testid="warning-detail"]')!.textContent).toContain(
      '（红色阈值 >3 个月）',
    );
    expect(text('warning-detail-data')).toBe('计划 3 月开工，截至 7 月仍未开工，已滞后 4 个月');
    expect(text('warning-detail-since')).toBe(`${year}年3月`);
    const exemption = text('warning-detail-exemption');
    expect(exemption).toContain('征地补偿已落实');
    expect(exemption).toContain('理由不充分');
    expect(exemption).toContain('重点办赵六');
  });

  it('shows the history in order, in Shanghai time', async () => {
    await open();
    http.expectOne(url).flush(detail);
    await fixture.whenStable();
    const events = [...document.querySelectorAll('[data-testid="warning-event"]')];
    expect(
      events.map((e) => e.querySelector('[data-testid="warning-event-kind"]')!.textContent),
    ).toEqual(['产生预警', '升级', '不同意豁免']);
    expect(events[1].textContent).toContain(`${year}-08-02 02:00`);
    expect(events[1].textContent).toContain(`${year} 年 7 月数据，实测 4 个月`);
    expect(events[2].textContent).toContain('重点办赵六');
  });

  it('reports a warning that is gone', async () => {
    await open();
    http
      .expectOne(url)
      .flush(
        { status: 404, detail: '该预警不存在或已被删除。' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    expect(message.error).toHaveBeenCalledWith('该预警不存在或已被删除。');
    expect(document.querySelector('[data-testid="warning-detail"]')).toBeNull();
  });
});
