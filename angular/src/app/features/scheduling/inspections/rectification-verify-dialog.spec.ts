import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { shanghaiToday } from '../../../shared/dates';
import { VerifyForm } from './inspections-model';
import { rectificationDto } from './inspections-test-data';
import { RectificationVerifyDialog } from './rectification-verify-dialog';

const url = '/api/scheduling/inspections/rectifications/r1/verify';
const item = rectificationDto({ status: 'Rectified', report: '围挡已全部修复，裸土已覆盖' });

describe('RectificationVerifyDialog', () => {
  let fixture: ComponentFixture<RectificationVerifyDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open() {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [RectificationVerifyDialog],
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
    fixture = TestBed.createComponent(RectificationVerifyDialog);
    fixture.componentRef.setInput('item', item);
    await fixture.whenStable();
  }

  const dialog = () =>
    fixture.componentInstance as unknown as {
      form: VerifyForm;
      notAfterToday: (day: Date) => boolean;
    };
  const testId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const choose = async (id: 'verify-passed' | 'verify-failed') => {
    testId(id)!.click();
    await fixture.whenStable();
  };
  const comment = async (text: string) => {
    const field = testId('verify-comment') as HTMLTextAreaElement;
    field.value = text;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    testId('verify-submit')!.click();
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('shows the reported rectification', async () => {
    await open();
    expect(testId('verify-report')!.textContent).toBe('围挡已全部修复，裸土已覆盖');
    expect(testId('verify-dialog')!.textContent).toContain('古驿大道停车场');
    expect(testId('verify-new-deadline')).toBeNull();
  });

  it('wants a result, and a new deadline after today when it failed, before asking the server', async () => {
    await open();
    await submit();
    http.expectNone(url);
    expect(testId('verify-dialog')!.textContent).toContain('validation.required');
    await choose('verify-failed');
    expect(testId('verify-new-deadline')).not.toBeNull();
    await submit();
    http.expectNone(url);
    expect(testId('verify-deadline-error')!.textContent).toContain('validation.required');
    const today = shanghaiToday();
    expect(dialog().notAfterToday(today)).toBe(true);
    expect(dialog().notAfterToday(new Date(today.getTime() + 24 * 3600 * 1000))).toBe(false);
    expect(testId('verify-comment')!.getAttribute('maxlength')).toBe('1000');
  });

  it('closes a passed item without a deadline, and hands it back', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await choose('verify-passed');
    await comment('  ');
    await submit();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      passed: true,
      comment: null,
      newDeadline: null,
      concurrencyStamp: 'stamp-r1',
    });
    const answer = rectificationDto({ status: 'Closed' });
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
    expect(message.success).toHaveBeenCalled();
  });

  it('sends a failed item back with the trimmed comment and the new deadline as a day', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await choose('verify-failed');
    dialog().form.controls.newDeadline.setValue(new Date(2099, 6, 15, 9, 30));
    await comment('  围挡仍有缺口  ');
    await submit();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      passed: false,
      comment: '围挡仍有缺口',
      newDeadline: '2099-07-15',
      concurrencyStamp: 'stamp-r1',
    });
    request.flush(rectificationDto({ status: 'Open', failedVerifications: 1 }));
    expect(saved).toHaveBeenCalled();
  });

  it('shows a refused request in Chinese and stays open', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await choose('verify-passed');
    await submit();
    http
      .expectOne({ method: 'POST', url })
      .flush(
        {
          status: 422,
          code: 'Scheduling.RectificationNotReported',
          detail: '只有待复查的事项可以复查',
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    expect(message.error).toHaveBeenCalledWith('只有待复查的事项可以复查');
    expect(saved).not.toHaveBeenCalled();
  });

  it("shows the server's sentence for an item changed meanwhile (409) and asks for a reload", async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await choose('verify-passed');
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
