import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ProgressReminderDto } from '../../../api/models/progress-reminder-dto';
import { APP_ICONS } from '../../../core/icons';
import { ProgressRemindersAlert } from './progress-reminders-alert';

const reminder = (overrides: Partial<ProgressReminderDto> = {}): ProgressReminderDto => ({
  id: 'r1',
  departmentId: 'd1',
  departmentName: '区住建局',
  year: 2026,
  month: 3,
  dueDate: '2026-04-10',
  sentOn: '2026-04-11',
  projectCount: 2,
  projects: '新平大道东延段、湟水河综合治理',
  emailedTo: 1,
  createdAtUtc: '2026-04-11T01:00:00Z',
  ...overrides,
});

describe('ProgressRemindersAlert', () => {
  let fixture: ComponentFixture<ProgressRemindersAlert>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;

  async function render(items: ProgressReminderDto[]) {
    TestBed.configureTestingModule({
      imports: [ProgressRemindersAlert],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', {
      scheduling: {
        reminders: {
          line: '您单位 {{year}}年{{month}}月 有 {{count}} 个项目逾期未报：{{projects}}（截止 {{dueYear}}年{{dueMonth}}月{{dueDay}}日）',
        },
      },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProgressRemindersAlert);
    await fixture.whenStable();
    const request = http.expectOne((r) => r.url === '/api/scheduling/reminders');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe('3');
    request.flush({ items, totalCount: items.length });
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it("shows the unit's latest 催报 as a warning", async () => {
    await render([
      reminder(),
      reminder({
        id: 'r0',
        month: 2,
        dueDate: '2026-03-10',
        projectCount: 1,
        projects: '城北供水管网',
      }),
    ]);
    const alert = el().querySelector('[data-testid="progress-reminders"]')!;
    expect(alert.querySelector('.ant-alert-warning')).not.toBeNull();
    const lines = [...alert.querySelectorAll('[data-testid="progress-reminder"]')].map((l) =>
      l.textContent!.trim(),
    );
    expect(lines).toEqual([
      '您单位 2026年3月 有 2 个项目逾期未报：新平大道东延段、湟水河综合治理（截止 2026年4月10日）',
      '您单位 2026年2月 有 1 个项目逾期未报：城北供水管网（截止 2026年3月10日）',
    ]);
  });

  it('shows nothing without a 催报', async () => {
    await render([]);
    expect(el().querySelector('[data-testid="progress-reminders"]')).toBeNull();
  });
});
