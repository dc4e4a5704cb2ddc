import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { rectificationDto } from './inspections-test-data';
import { RectificationRectifyDialog } from './rectification-rectify-dialog';

const url = '/api/scheduling/inspections/rectifications/r1/rectify';

describe('RectificationRectifyDialog', () => {
  let fixture: ComponentFixture<RectificationRectifyDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(verificationComment: string | null = null) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [RectificationRectifyDialog],
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
    fixture = TestBed.createComponent(RectificationRectifyDialog);
    fixture.componentRef.setInput('item', rectificationDto({ verificationComment }));
    await fixture.whenStable();
  }

  const report = () =>
    document.querySelector<HTMLTextAreaElement>('[data-testid="rectify-report"]')!;
  const type = async (text: string) => {
    report().value = text;
    report().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    document.querySelector<HTMLButtonElement>('[data-testid="rectify-submit"]')!.click();
    await fixture.whenStable();
  };
  const dialogText = () => document.querySelector('[data-testid="rectify-dialog"]')!.textContent!;
  const errorText = () =>
    document.querySelector('[data-testid="rectify-dialog"] .ant-form-item-explain-error')
      ?.textContent ?? '';

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('shows the item, and why the last rectification was sent back', async () => {
    await open('围挡仍有缺口');
    expect(dialogText()).toContain('古驿大道停车场');
    expect(dialogText()).toContain('修复围挡，落实扬尘防治措施');
    expect(dialogText()).toContain('2026-06-20');
    expect(dialogText()).toContain('围挡仍有缺口');
  });

  it('wants a report of at least 4 characters before asking the server', async () => {
    await open();
    await submit();
    http.expectNone(url);
    expect(errorText()).toContain('validation.required');
    await type('已修复');
    await submit();
    http.expectNone(url);
    expect(errorText()).toContain('validation.minLength');
    expect(report().getAttribute('maxlength')).toBe('2000');
  });

  it('sends the trimmed report with the stamp and hands the item back', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('  围挡已全部修复，裸土已覆盖  ');
    await submit();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      report: '围挡已全部修复，裸土已覆盖',
      concurrencyStamp: 'stamp-r1',
    });
    const answer = rectificationDto({ status: 'Rectified', report: '围挡已全部修复，裸土已覆盖' });
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
    expect(message.success).toHaveBeenCalled();
  });

  it('shows a refused request in Chinese and stays open', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('围挡已全部修复，裸土已覆盖');
    await submit();
    http
      .expectOne({ method: 'POST', url })
      .flush(
        {
          status: 422,
          code: 'Scheduling.RectificationNotOpen',
          detail: '只有待整改的事项可以提交整改',
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    expect(message.error).toHaveBeenCalledWith('只有待整改的事项可以提交整改');
    expect(saved).not.toHaveBeenCalled();
  });

  it("shows the server's sentence for an item changed meanwhile (409) and asks for a reload", async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('围挡已全部修复，裸土已覆盖');
    await submit();
    http
      .expectOne({ method: 'POST', url })
      .flush(
        { status: 409, code: 'Conflict', detail: '该整改事项已被他人修改，请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(message.error).toHaveBeenCalledWith('该整改事项已被他人修改，请刷新后重试。');
    expect(saved).toHaveBeenCalledWith(null);
  });
});
