import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { previousMonth } from '../progress/progress-model';
import { BriefGenerateDialog } from './brief-generate-dialog';
import { briefDto } from './briefs-test-data';

const url = '/api/scheduling/briefs';
const last = previousMonth();

describe('BriefGenerateDialog', () => {
  let fixture: ComponentFixture<BriefGenerateDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open() {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [BriefGenerateDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    TestBed.inject(TranslateService).use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BriefGenerateDialog);
    await fixture.whenStable();
  }

  const form = () =>
    (
      fixture.componentInstance as unknown as {
        form: FormGroup<{ year: FormControl<number>; month: FormControl<number> }>;
      }
    ).form;
  const submit = async () => {
    document.querySelector<HTMLButtonElement>('[data-testid="brief-generate-submit"]')!.click();
    await fixture.whenStable();
  };
  const error = () => document.querySelector('[data-testid="brief-generate-error"]');

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('defaults to the month just ended', async () => {
    await open();
    expect(form().getRawValue()).toEqual(last);
    expect(document.querySelector('[data-testid="brief-year"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="brief-month"]')).not.toBeNull();
  });

  it('posts the year and month and hands the new brief to the page', async () => {
    await open();
    const generated = vi.fn();
    fixture.componentInstance.generated.subscribe(generated);
    form().setValue({ year: last.year - 1, month: 12 });
    await submit();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({ year: last.year - 1, month: 12 });
    const brief = briefDto(last.year - 1, { id: 'b9', month: 12 });
    request.flush(brief, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(generated).toHaveBeenCalledWith(brief);
    expect(error()).toBeNull();
  });

  it('shows why the server refuses a month not yet come, until another is chosen', async () => {
    await open();
    const generated = vi.fn();
    fixture.componentInstance.generated.subscribe(generated);
    await submit();
    const detail = `${last.year + 1} 年 1 月尚未到来，不能生成通报`;
    http
      .expectOne({ method: 'POST', url })
      .flush(
        { status: 422, code: 'Scheduling.BriefPeriod', detail },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await fixture.whenStable();
    expect(error()!.textContent).toContain(detail);
    expect(generated).not.toHaveBeenCalled();
    expect(message.error).not.toHaveBeenCalled();
    form().controls.month.setValue(1);
    await fixture.whenStable();
    expect(error()).toBeNull();
  });

  it('shows the validation messages of a 400', async () => {
    await open();
    await submit();
    http.expectOne({ method: 'POST', url }).flush(
      {
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: { Month: ['月份应在 1 至 12 之间'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(error()!.textContent).toContain('月份应在 1 至 12 之间');
  });
});
