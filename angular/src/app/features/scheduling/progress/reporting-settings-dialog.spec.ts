import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { ReportingSettingsDialog } from './reporting-settings-dialog';

const settingsUrl = '/api/scheduling/reporting-settings';

describe('ReportingSettingsDialog', () => {
  let fixture: ComponentFixture<ReportingSettingsDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const form = () => (fixture.componentInstance as unknown as { form: FormGroup }).form;

  async function open() {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [ReportingSettingsDialog],
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
    fixture = TestBed.createComponent(ReportingSettingsDialog);
    await fixture.whenStable();
    http
      .expectOne({ method: 'GET', url: settingsUrl })
      .flush({ dueDay: 10, concurrencyStamp: 's1' });
    await fixture.whenStable();
  }

  const save = async () => {
    find('due-day-save')!.click();
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('shows the current due day and saves a new one with its stamp', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    expect(find('due-day')!.querySelector('input')!.value).toBe('10');
    form().patchValue({ dueDay: 15 });
    await save();
    const request = http.expectOne({ method: 'PUT', url: settingsUrl });
    expect(request.request.body).toEqual({ dueDay: 15, concurrencyStamp: 's1' });
    request.flush({ dueDay: 15, concurrencyStamp: 's2' });
    expect(saved).toHaveBeenCalledWith({ dueDay: 15, concurrencyStamp: 's2' });
    expect(message.success).toHaveBeenCalled();
  });

  it('refuses an empty or out-of-range day before asking the server', async () => {
    await open();
    form().patchValue({ dueDay: null });
    await save();
    http.expectNone({ method: 'PUT', url: settingsUrl });
    expect(find('due-day-error')!.textContent).toContain('validation.required');
    form().patchValue({ dueDay: 29 });
    await save();
    http.expectNone({ method: 'PUT', url: settingsUrl });
    expect(find('due-day-error')!.textContent).toContain('scheduling.reminders.dueDayRange');
  });

  it("shows the server's refusal of the day on the field", async () => {
    await open();
    await save();
    http
      .expectOne({ method: 'PUT', url: settingsUrl })
      .flush(
        { status: 400, title: '输入有误', errors: { dueDay: ['报送截止日须在 1–28 之间'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(find('due-day-error')!.textContent).toContain('报送截止日须在 1–28 之间');
  });

  it("shows the server's sentence for a setting changed meanwhile (409) and reads it again", async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    form().patchValue({ dueDay: 20 });
    await save();
    http
      .expectOne({ method: 'PUT', url: settingsUrl })
      .flush(
        { status: 409, detail: '报送设置已被他人修改，请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(message.error).toHaveBeenCalledWith('报送设置已被他人修改，请刷新后重试。');
    expect(saved).not.toHaveBeenCalled();
    http
      .expectOne({ method: 'GET', url: settingsUrl })
      .flush({ dueDay: 12, concurrencyStamp: 's3' });
    await fixture.whenStable();
    expect(form().value).toEqual({ dueDay: 12 });
  });
});
