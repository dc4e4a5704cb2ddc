import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { WarningDto } from '../../../api/models/warning-dto';
import { APP_ICONS } from '../../../core/icons';
import { WarningExemptionDialog } from './warning-exemption-dialog';
import { warningDto } from './warnings-test-data';

const year = 2026;
const url = '/api/scheduling/warnings/w1/exemption';

describe('WarningExemptionDialog', () => {
  let fixture: ComponentFixture<WarningExemptionDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(warning: WarningDto = warningDto(year)) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [WarningExemptionDialog],
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
    fixture = TestBed.createComponent(WarningExemptionDialog);
    fixture.componentRef.setInput('warning', warning);
    await fixture.whenStable();
  }

  const reason = () =>
    document.querySelector<HTMLTextAreaElement>('[data-testid="exemption-reason"]')!;
  const type = async (text: string) => {
    reason().value = text;
    reason().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    document.querySelector<HTMLButtonElement>('[data-testid="exemption-submit"]')!.click();
    await fixture.whenStable();
  };
  const errorText = () =>
    document.querySelector('[data-testid="exemption-dialog"] .ant-form-item-explain-error')
      ?.textContent ?? '';

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('shows the warning the unit asks about', async () => {
    await open();
    const dialog = document.querySelector('[data-testid="exemption-dialog"]')!;
    expect(dialog.textContent).toContain('新平大道东延段');
    expect(dialog.textContent).toContain('开工预警');
    expect(dialog.textContent).toContain('4 个月');
    expect(dialog.textContent).toContain('计划 3 月开工，截至 7 月仍未开工，已滞后 4 个月');
  });

  it('wants a reason of at least 4 characters (not counting spaces) before asking the server', async () => {
    await open();
    await submit();
    http.expectNone(url);
    expect(errorText()).toContain('validation.required');
    await type('  延期  ');
    await submit();
    http.expectNone(url);
    expect(errorText()).toContain('validation.minLength');
    expect(reason().getAttribute('maxlength')).toBe('1000');
  });

  it('sends the trimmed reason with the stamp and hands the warning over', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('  汛期停工，经区政府同意顺延  ');
    await submit();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      reason: '汛期停工，经区政府同意顺延',
      concurrencyStamp: 'stamp-w1',
    });
    const answer = warningDto(year, { exemption: 'Requested' });
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
    expect(message.success).toHaveBeenCalled();
  });

  it("shows the server's sentence for a warning changed meanwhile (409) and asks for a reload", async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('汛期停工，经区政府同意顺延');
    await submit();
    http.expectOne({ method: 'POST', url }).flush(
      {
        status: 409,
        code: 'Conflict',
        detail: '该预警已有变化（重新评估或他人已处理），请刷新后重试。',
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(message.error).toHaveBeenCalledWith(
      '该预警已有变化（重新评估或他人已处理），请刷新后重试。',
    );
    expect(saved).toHaveBeenCalledWith(null);
  });

  it('shows a refused request in Chinese and stays open', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('汛期停工，经区政府同意顺延');
    await submit();
    http.expectOne({ method: 'POST', url }).flush(
      {
        status: 422,
        code: 'Scheduling.ExemptionNotOpen',
        detail: '只有预警中且未在审核中的预警可以申请豁免',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    expect(message.error).toHaveBeenCalledWith('只有预警中且未在审核中的预警可以申请豁免');
    expect(saved).not.toHaveBeenCalled();
  });
});
