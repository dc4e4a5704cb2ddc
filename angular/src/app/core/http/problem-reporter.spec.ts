import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { of, throwError } from 'rxjs';
import { ProblemReporter } from './problem-reporter';

describe('ProblemReporter.save', () => {
  const messages = { success: vi.fn(), error: vi.fn() };
  let reporter: ProblemReporter;

  beforeEach(() => {
    messages.success.mockClear();
    messages.error.mockClear();
    TestBed.configureTestingModule({
      providers: [provideTranslateService(), { provide: NzMessageService, useValue: messages }],
    });
    reporter = TestBed.inject(ProblemReporter);
  });

  it('hands the result over and turns saving off', () => {
    const saving = signal(false);
    const saved = vi.fn();

    reporter.save(of(42), { saving, saved, stale: vi.fn() });

    expect(saved).toHaveBeenCalledWith(42);
    expect(saving()).toBe(false);
    expect(messages.success).toHaveBeenCalled();
  });

  it('calls stale on a 409 instead of reporting it', () => {
    const stale = vi.fn();
    const saved = vi.fn();

    reporter.save(
      throwError(() => new HttpErrorResponse({ status: 409 })),
      {
        saving: signal(true),
        saved,
        stale,
      },
    );

    expect(stale).toHaveBeenCalled();
    expect(saved).not.toHaveBeenCalled();
  });

  it("says a stale edit in the server's words when it sent some, else the usual sentence", () => {
    reporter.save(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: {
              status: 409,
              detail: '该预警已有变化（重新评估或他人已处理），请刷新后重试。',
            },
          }),
      ),
      { saving: signal(true), saved: vi.fn(), stale: vi.fn() },
    );
    expect(messages.error).toHaveBeenLastCalledWith(
      '该预警已有变化（重新评估或他人已处理），请刷新后重试。',
    );
    reporter.save(
      throwError(() => new HttpErrorResponse({ status: 409 })),
      { saving: signal(true), saved: vi.fn(), stale: vi.fn() },
    );
    expect(messages.error).toHaveBeenLastCalledWith('errors.concurrency');
  });

  it('puts field errors of a 400 on the form', () => {
    const form = new FormGroup({ name: new FormControl('') });
    const error = new HttpErrorResponse({
      status: 400,
      error: { title: '请求参数有误', errors: { name: ['请输入名称'] } },
    });

    reporter.save(
      throwError(() => error),
      { saving: signal(true), form, saved: vi.fn(), stale: vi.fn() },
    );

    expect(form.controls.name.errors).not.toBeNull();
  });

  it('leaves a failure the caller handled unreported, and reports the ones it did not', () => {
    const refused = vi.fn((error: unknown) => (error as HttpErrorResponse).status === 422);

    reporter.save(
      throwError(() => new HttpErrorResponse({ status: 422, error: { detail: '需要确认' } })),
      { saving: signal(true), saved: vi.fn(), stale: vi.fn(), refused },
    );
    expect(refused).toHaveBeenCalled();
    expect(messages.error).not.toHaveBeenCalled();

    reporter.save(
      throwError(() => new HttpErrorResponse({ status: 400, error: { detail: '请求无效' } })),
      { saving: signal(true), saved: vi.fn(), stale: vi.fn(), refused },
    );
    expect(messages.error).toHaveBeenCalledWith('请求无效');
  });
});
