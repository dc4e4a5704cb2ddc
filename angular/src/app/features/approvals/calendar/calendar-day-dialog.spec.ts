import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { CalendarDayDto } from '../../../api/models/calendar-day-dto';
import { APP_ICONS } from '../../../core/icons';
import { dayToApi, shanghaiYear } from '../../../shared/dates';
import { CalendarDayDialog } from './calendar-day-dialog';
import { calendarDay } from './calendar-test-data';

const year = shanghaiYear();
/** The first Saturday of this year's June, and the Monday after it. */
const saturday = (() => {
  const d = new Date(year, 5, 1);
  while (d.getDay() !== 6) d.setDate(d.getDate() + 1);
  return d;
})();
const monday = new Date(saturday.getFullYear(), saturday.getMonth(), saturday.getDate() + 2);
const url = (d: Date) => `/api/approvals/calendar/${dayToApi(d)}`;

describe('CalendarDayDialog', () => {
  let fixture: ComponentFixture<CalendarDayDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const saved = vi.fn();
  const dialog = () => document.querySelector<HTMLElement>('[data-testid="calendar-day-dialog"]')!;
  const form = () => (fixture.componentInstance as unknown as { form: FormGroup }).form;

  async function open(day: CalendarDayDto | null = null, taken: string[] = []) {
    message.success.mockReset();
    message.error.mockReset();
    saved.mockReset();
    TestBed.configureTestingModule({
      imports: [CalendarDayDialog],
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
    fixture = TestBed.createComponent(CalendarDayDialog);
    fixture.componentRef.setInput('day', day);
    fixture.componentRef.setInput('takenDates', taken);
    fixture.componentInstance.saved.subscribe(saved);
    await fixture.whenStable();
  }

  const fill = async (date: Date, kind: 'Holiday' | 'Workday', name: string) => {
    form().setValue({ date, kind, name });
    await fixture.whenStable();
  };
  const submit = async () => {
    document.querySelector<HTMLElement>('[data-testid="calendar-day-submit"]')!.click();
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('wants a name for a holiday before asking the server', async () => {
    await open();
    await fill(monday, 'Holiday', '  ');
    await submit();
    http.expectNone(url(monday));
    expect(dialog().textContent).toContain('validation.required');
  });

  it('refuses a make-up workday on a weekday, and a day already in the calendar', async () => {
    await open(null, [dayToApi(saturday)!]);
    await fill(monday, 'Workday', '调休');
    await submit();
    expect(dialog().textContent).toContain('approvals.calendar.weekdayWorkday');
    await fill(saturday, 'Workday', '调休');
    await submit();
    expect(dialog().textContent).toContain('approvals.calendar.taken');
    http.expectNone(() => true);
  });

  it('adds a make-up workday without a stamp and hands the saved day back', async () => {
    await open();
    await fill(saturday, 'Workday', ' 端午节调休上班 ');
    await submit();
    const request = http.expectOne(url(saturday));
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      kind: 'Workday',
      name: '端午节调休上班',
      concurrencyStamp: null,
    });
    const day = calendarDay(dayToApi(saturday)!, true, '端午节调休上班');
    request.flush(day);
    expect(saved).toHaveBeenCalledWith(day);
  });

  it('edits a day with its stamp, and puts the server field errors on the form', async () => {
    await open(calendarDay(dayToApi(monday)!, false, '端午节'));
    expect(form().getRawValue().name).toBe('端午节');
    await fill(monday, 'Holiday', '端午节假期');
    await submit();
    const request = http.expectOne(url(monday));
    expect(request.request.body).toEqual({
      kind: 'Holiday',
      name: '端午节假期',
      concurrencyStamp: `stamp-${dayToApi(monday)}`,
    });
    request.flush(
      { status: 400, errors: { date: ['只能维护 2021 年至 2028 年的日历'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(dialog().textContent).toContain('只能维护 2021 年至 2028 年的日历');
    expect(saved).not.toHaveBeenCalled();
  });

  it("shows the server's sentence for a day changed meanwhile (409) and asks the page to reload", async () => {
    await open(calendarDay(dayToApi(monday)!, false, '端午节'));
    await submit();
    http
      .expectOne(url(monday))
      .flush(
        { status: 409, detail: '该日期已被他人修改，请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(message.error).toHaveBeenCalledWith('该日期已被他人修改，请刷新后重试。');
    expect(saved).toHaveBeenCalledWith(null);
  });
});
