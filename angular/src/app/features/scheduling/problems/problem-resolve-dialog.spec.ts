import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { ProblemResolveDialog } from './problem-resolve-dialog';
import { problemDto } from './problems-test-data';

const url = '/api/scheduling/problems/pb1/resolve';

describe('ProblemResolveDialog', () => {
  let fixture: ComponentFixture<ProblemResolveDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open() {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [ProblemResolveDialog],
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
    fixture = TestBed.createComponent(ProblemResolveDialog);
    fixture.componentRef.setInput('problem', problemDto(2026, { status: 'InProgress' }));
    await fixture.whenStable();
  }

  const field = (id: string) =>
    document.querySelector<HTMLTextAreaElement>(`[data-testid="${id}"]`)!;
  const type = async (id: string, text: string) => {
    field(id).value = text;
    field(id).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    document.querySelector<HTMLButtonElement>('[data-testid="problem-resolve-submit"]')!.click();
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('wants the evidence as well as the result before asking the server', async () => {
    await open();
    await type('problem-resolution', '征收协议已全部签订');
    await submit();
    http.expectNone(url);
    expect(document.querySelector('[data-testid="problem-resolve-dialog"]')!.textContent).toContain(
      'validation.required',
    );
  });

  it('sends the trimmed result and evidence with the stamp, and hands the problem back', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('problem-resolution', ' 征收协议已全部签订 ');
    await type('problem-evidence', ' 协议扫描件 23 份 ');
    await submit();
    const request = http.expectOne(url);
    expect(request.request.body).toEqual({
      resolution: '征收协议已全部签订',
      evidence: '协议扫描件 23 份',
      concurrencyStamp: 'stamp-pb1',
    });
    request.flush(problemDto(2026, { status: 'Resolved' }));
    expect(saved).toHaveBeenCalledWith(expect.objectContaining({ status: 'Resolved' }));
  });
  it('wants at least 2 characters of each, and no more than 2000', async () => {
    await open();
    await type('problem-resolution', '结');
    await type('problem-evidence', '  ');
    await submit();
    http.expectNone(url);
    const errors = [
      ...document.querySelectorAll(
        '[data-testid="problem-resolve-dialog"] .ant-form-item-explain-error',
      ),
    ].map((e) => e.textContent!.trim());
    expect(errors).toEqual(['validation.minLength', 'validation.required']);
    expect(field('problem-resolution').getAttribute('maxlength')).toBe('2000');
    expect(field('problem-evidence').getAttribute('maxlength')).toBe('2000');
  });

  it('shows a refused request in Chinese and stays open', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('problem-resolution', '征收协议已全部签订');
    await type('problem-evidence', '协议扫描件 23 份');
    await submit();
    http
      .expectOne(url)
      .flush(
        {
          status: 422,
          code: 'Scheduling.ProblemNotInProgress',
          detail: '只有办理中的问题可以销号',
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    expect(message.error).toHaveBeenCalledWith('只有办理中的问题可以销号');
    expect(saved).not.toHaveBeenCalled();
  });

  it("shows the server's sentence for a problem changed meanwhile (409) and asks for a reload", async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await type('problem-resolution', '征收协议已全部签订');
    await type('problem-evidence', '协议扫描件 23 份');
    await submit();
    http
      .expectOne(url)
      .flush(
        { status: 409, code: 'Conflict', detail: '该问题已被他人修改，请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(message.error).toHaveBeenCalledWith('该问题已被他人修改，请刷新后重试。');
    expect(saved).toHaveBeenCalledWith(null);
  });
});
