import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { WarningRuleCode } from '../../../api/models/warning-rule-code';
import { WarningRuleDto } from '../../../api/models/warning-rule-dto';
import { APP_ICONS } from '../../../core/icons';
import { WarningRulesDialog } from './warning-rules-dialog';
import { RuleForm } from './warnings-model';
import { evaluationDto, ruleDto } from './warnings-test-data';

const rulesUrl = '/api/scheduling/warnings/rules';
const evaluationsUrl = '/api/scheduling/warnings/evaluations';

const rules: WarningRuleDto[] = [
  ruleDto(),
  ruleDto({
    code: 'Progress',
    name: '进度预警',
    measure: '累计完成投资占年度计划的比例落后于时序进度的百分点',
    unit: '个百分点',
    yellowThreshold: 10,
    redThreshold: 30,
    thresholds: '≥10 个百分点为黄色，>30 个百分点为红色',
    concurrencyStamp: 'stamp-Progress',
  }),
  ruleDto({
    code: 'PreProcedures',
    name: '前期手续预警',
    unit: '个工作日',
    yellowThreshold: 1,
    redThreshold: 10,
    enabled: false,
    hasDataSource: false,
    concurrencyStamp: 'stamp-PreProcedures',
  }),
];

describe('WarningRulesDialog', () => {
  let fixture: ComponentFixture<WarningRulesDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open() {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [WarningRulesDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WarningRulesDialog);
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: rulesUrl }).flush(rules);
    http
      .expectOne({ method: 'GET', url: evaluationsUrl })
      .flush([
        evaluationDto(2026, { id: 'e2', month: 8, trigger: 'OnDemand', by: '李四' }),
        evaluationDto(2026),
      ]);
    await fixture.whenStable();
  }

  const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const row = (code: WarningRuleCode) =>
    (
      fixture.componentInstance as unknown as {
        rows(): { rule: WarningRuleDto; form: RuleForm }[];
      }
    )
      .rows()
      .find((r) => r.rule.code === code)!;
  const save = async (code: WarningRuleCode) => {
    find(`rule-save-${code}`)!.click();
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('lists the rules with their thresholds, and cannot switch on one without its data', async () => {
    await open();
    expect(find('rules-dialog')).not.toBeNull();
    expect(find('rule-row-Start')!.textContent).toContain('开工预警');
    expect(find('rule-row-Start')!.textContent).toContain('≥0 个月为黄色，>3 个月为红色');
    expect(find('rule-yellow-Progress')!.querySelector('input')!.value).toBe('10');
    expect(find('rule-red-Progress')!.querySelector('input')!.value).toBe('30');
    const preProcedures = find('rule-row-PreProcedures')!;
    expect(
      preProcedures.querySelector<HTMLButtonElement>(
        '[data-testid="rule-enabled-PreProcedures"] button',
      )!.disabled,
    ).toBe(true);
    expect(preProcedures.querySelector('[data-testid="rule-no-data"]')!.textContent).toContain(
      'scheduling.warnings.rules.noDataSource',
    );
    expect(
      find('rule-row-Start')!.querySelector<HTMLButtonElement>(
        '[data-testid="rule-enabled-Start"] button',
      )!.disabled,
    ).toBe(false);
    expect(find('rule-row-Start')!.querySelector('[data-testid="rule-no-data"]')).toBeNull();
  });

  it('lists the latest evaluations', async () => {
    await open();
    document
      .querySelectorAll<HTMLElement>('[data-testid="rules-dialog"] .ant-tabs-tab-btn')[1]
      .click();
    await fixture.whenStable();
    const evaluations = [...document.querySelectorAll('[data-testid="evaluation-row"]')];
    expect(evaluations.length).toBe(2);
    expect(evaluations[0].textContent).toContain('scheduling.warnings.triggers.OnDemand');
    expect(evaluations[0].textContent).toContain('李四');
    expect(evaluations[1].textContent).toContain('scheduling.warnings.triggers.Nightly');
  });

  it('saves one row with its stamp and shows the new version', async () => {
    await open();
    row('Progress').form.patchValue({ yellowThreshold: 15, redThreshold: 35 });
    await save('Progress');
    const request = http.expectOne({ method: 'PUT', url: `${rulesUrl}/Progress` });
    expect(request.request.body).toEqual({
      yellowThreshold: 15,
      redThreshold: 35,
      enabled: true,
      concurrencyStamp: 'stamp-Progress',
    });
    request.flush({
      ...rules[1],
      yellowThreshold: 15,
      redThreshold: 35,
      thresholds: '≥15 个百分点为黄色，>35 个百分点为红色',
      version: 2,
      concurrencyStamp: 'stamp-Progress-2',
    });
    await fixture.whenStable();
    expect(message.success).toHaveBeenCalled();
    expect(find('rule-row-Progress')!.textContent).toContain('v2');
    expect(find('rule-row-Progress')!.textContent).toContain('≥15 个百分点为黄色');
    expect(row('Progress').rule.concurrencyStamp).toBe('stamp-Progress-2');
  });

  it('refuses a red threshold below the yellow one before asking the server', async () => {
    await open();
    row('Start').form.patchValue({ yellowThreshold: 5, redThreshold: 2 });
    row('Start').form.markAsDirty();
    await save('Start');
    http.expectNone(`${rulesUrl}/Start`);
    expect(find('rule-error-Start')!.textContent).toContain(
      'scheduling.warnings.rules.redBelowYellow',
    );
  });

  it("shows the server's refusal (422) on the row", async () => {
    await open();
    row('Start').form.patchValue({ yellowThreshold: 1, redThreshold: 3 });
    await save('Start');
    http.expectOne({ method: 'PUT', url: `${rulesUrl}/Start` }).flush(
      {
        status: 422,
        code: 'Scheduling.WarningThresholds',
        detail: '阈值不能为负，红色阈值不能低于黄色阈值',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(find('rule-error-Start')!.textContent).toContain(
      '阈值不能为负，红色阈值不能低于黄色阈值',
    );
    expect(message.error).not.toHaveBeenCalled();
    row('Start').form.patchValue({ redThreshold: 4 });
    await fixture.whenStable();
    expect(find('rule-error-Start')).toBeNull();
  });

  it("shows the server's sentence for a rule changed meanwhile (409) and reads the rules again", async () => {
    await open();
    row('Start').form.patchValue({ enabled: false });
    await save('Start');
    const request = http.expectOne({ method: 'PUT', url: `${rulesUrl}/Start` });
    expect(request.request.body.enabled).toBe(false);
    request.flush(
      { status: 409, code: 'Conflict', detail: '该规则已被他人修改，请刷新后重试。' },
      { status: 409, statusText: 'Conflict' },
    );
    expect(message.error).toHaveBeenCalledWith('该规则已被他人修改，请刷新后重试。');
    http
      .expectOne({ method: 'GET', url: rulesUrl })
      .flush([ruleDto({ version: 3, concurrencyStamp: 'stamp-Start-3' }), ...rules.slice(1)]);
    await fixture.whenStable();
    expect(row('Start').rule.concurrencyStamp).toBe('stamp-Start-3');
    expect(row('Start').form.controls.enabled.value).toBe(true);
  });
});
