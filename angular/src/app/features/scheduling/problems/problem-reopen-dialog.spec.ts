import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { ProblemReopenDialog } from './problem-reopen-dialog';
import { problemDto } from './problems-test-data';

const url = '/api/scheduling/problems/pb1/reopen';

describe('ProblemReopenDialog', () => {
  let fixture: ComponentFixture<ProblemReopenDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open() {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [ProblemReopenDialog],
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
    fixture = TestBed.createComponent(ProblemReopenDialog);
    fixture.componentRef.setInput(
      'problem',
      problemDto(2026, { status: 'Resolved', resolution: '征收协议已全部签订' }),
    );
    await fixture.whenStable();
  }

  const reason = () =>
    document.querySelector<HTMLTextAreaElement>('[data-testid="problem-reopen-reason"]')!;
  const type = async (text: string) => {
    reason().value = text;
    reason().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    document.querySelector<HTMLButtonElement>('[data-testid="problem-reopen-submit"]')!.click();
    await fixture.whenStable();
  };
  const errorText = () =>
    document.querySelector('[data-testid="problem-reopen-dialog"] .ant-form-item-explain-error')
      ?.textContent ?? '';

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('shows the problem and how it was resolved', async () => {
    await open();
    const dialog = document.querySelector('[data-testid="problem-reopen-dialog"]')!;
    expect(dialog.textContent).toContain('新平大道东延段');
    expect(dialog.textContent).toContain('征收协议已全部签订');
  });

  it('wants a reason of at least 2 characters, not only spaces, before asking the server', async () => {
    await open();
    await submit();
    http.expectNone(url);
    expect(errorText()).toContain('validation.required');
    await type('   ');
    await submit();
    http.expectNone(url);
    expect(errorText()).toContain('validation.required');
    await type('否');
    await submit();
    http.expectNone(url);
    expect(errorText()).toContain('validation.minLength');
    expect(reason().getAttribute('maxlength')).toBe('1000');
  });

  it('sends the trimmed reason with the stamp and hands the problem back', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('  仍有 3 户未签约  ');
    await submit();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      reason: '仍有 3 户未签约',
      concurrencyStamp: 'stamp-pb1',
    });
    const answer = problemDto(2026, { status: 'InProgress' });
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
    expect(message.success).toHaveBeenCalled();
  });

  it('shows a refused request in Chinese and stays open', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('仍有 3 户未签约');
    await submit();
    http
      .expectOne({ method: 'POST', url })
      .flush(
        {
          status: 422,
          code: 'Scheduling.ProblemNotResolved',
          detail: '只有已解决的问题可以重新打开',
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    expect(message.error).toHaveBeenCalledWith('只有已解决的问题可以重新打开');
    expect(saved).not.toHaveBeenCalled();
  });

  it("shows the server's sentence for a problem changed meanwhile (409) and asks for a reload", async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('仍有 3 户未签约');
    await submit();
    http
      .expectOne({ method: 'POST', url })
      .flush(
        { status: 409, code: 'Conflict', detail: '该问题已被他人修改，请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(message.error).toHaveBeenCalledWith('该问题已被他人修改，请刷新后重试。');
    expect(saved).toHaveBeenCalledWith(null);
  });
});
