import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { Permissions } from '../../../core/permissions';
import { shanghaiYear } from '../../../shared/dates';
import { CalendarPage } from './calendar-page';
import { calendarDay } from './calendar-test-data';

const year = shanghaiYear();
const days = [
  calendarDay(`${year}-01-01`, false, '元旦'),
  calendarDay(`${year}-02-14`, true, '春节调休上班'),
];

describe('CalendarPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CalendarPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const all = (id: string) => [...el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const expectYear = (y: number) => {
    const request = http.expectOne((r) => r.url === '/api/approvals/calendar');
    expect(request.request.params.get('year')).toBe(String(y));
    return request;
  };

  async function render(permissions: string[]) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [CalendarPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
        {
          provide: AuthService,
          useValue: { hasPermission: (p: string) => permissions.includes(p) },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CalendarPage);
    expectYear(year).flush(days);
    await fixture.whenStable();
  }

  const confirmDelete = async (row: number) => {
    all('calendar-delete')[row].click();
    await fixture.whenStable();
    document.querySelectorAll<HTMLButtonElement>('.ant-popover-buttons button')[1].click();
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it("lists this year's holidays and make-up workdays read-only without Approvals.Manage", async () => {
    await render([Permissions.approvalsView]);
    const rows = all('calendar-row').map((r) => r.textContent!);
    expect(rows.length).toBe(2);
    expect(rows[1]).toContain('春节调休上班');
    expect(rows[1]).toContain('approvals.calendar.kinds.Workday');
    expect(all('calendar-add').length).toBe(0);
    expect(all('calendar-edit').length).toBe(0);
    expect(all('calendar-delete').length).toBe(0);
    expect(all('calendar-hint')[0].textContent).toContain('approvals.calendar.readOnly');
  });

  it('deletes a day by setting it back to normal with its stamp, then reloads', async () => {
    await render([Permissions.approvalsView, Permissions.approvalsManage]);
    await confirmDelete(0);
    const request = http.expectOne(`/api/approvals/calendar/${year}-01-01`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      kind: 'Normal',
      name: null,
      concurrencyStamp: `stamp-${year}-01-01`,
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    expectYear(year).flush(days.slice(1));
    await fixture.whenStable();
    expect(message.success).toHaveBeenCalledWith('common.deleted');
    expect(all('calendar-row').length).toBe(1);
  });

  it("shows the server's sentence when the day was changed meanwhile (409) and reloads", async () => {
    await render([Permissions.approvalsManage]);
    await confirmDelete(1);
    http
      .expectOne(`/api/approvals/calendar/${year}-02-14`)
      .flush(
        { status: 409, detail: '该日期已被他人修改，请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    expectYear(year).flush(days);
    expect(message.error).toHaveBeenCalledWith('该日期已被他人修改，请刷新后重试。');
  });

  it('opens the add dialog for managers', async () => {
    await render([Permissions.approvalsManage]);
    all('calendar-add')[0].click();
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="calendar-day-dialog"]')).not.toBeNull();
  });
});
