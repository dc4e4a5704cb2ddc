import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { LateUnitsDto } from '../../../api/models/late-units-dto';
import { APP_ICONS } from '../../../core/icons';
import { ProgressLateUnits } from './progress-late-units';

const lateUrl = (year: number, month: number) =>
  `/api/scheduling/progress/${year}/${month}/late-units`;
const runUrl = '/api/scheduling/reminders/run';

const late: LateUnitsDto = {
  year: 2026,
  month: 3,
  dueDate: '2026-04-10',
  overdue: true,
  units: [
    {
      departmentId: 'd1',
      departmentName: '区住建局',
      unreportedCount: 2,
      projects: [
        { projectId: 'p1', name: '新平大道东延段', code: '2025-630203-48-01-000001' },
        { projectId: 'p2', name: '湟水河综合治理', code: null },
      ],
    },
    {
      departmentId: 'd2',
      departmentName: '区水务局',
      unreportedCount: 1,
      projects: [{ projectId: 'p3', name: '城北供水管网', code: null }],
    },
  ],
};

describe('ProgressLateUnits', () => {
  let fixture: ComponentFixture<ProgressLateUnits>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn(), info: vi.fn() };
  const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const all = (testId: string) => [
    ...document.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`),
  ];

  async function render(canManage: boolean, answer: LateUnitsDto = late) {
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [ProgressLateUnits],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', {
      scheduling: {
        reminders: {
          dueDate: '报送截止：{{year}}年{{month}}月{{day}}日',
          overdue: '已逾期',
          sent: '已向 {{units}} 个单位发出催报（邮件 {{emails}} 封）',
          notDue: '上月尚未过截止日，无需催报',
        },
      },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProgressLateUnits);
    fixture.componentRef.setInput('month', { year: 2026, month: 3 });
    fixture.componentRef.setInput('canManage', canManage);
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: lateUrl(2026, 3) }).flush(answer);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it("shows the month's due date, 已逾期, and the late units expandable to their projects", async () => {
    await render(false);
    expect(find('late-units')!.textContent).toContain('报送截止：2026年4月10日');
    expect(find('late-units-overdue')!.textContent).toContain('已逾期');
    const rows = all('late-unit-row');
    expect(rows.length).toBe(2);
    expect(rows[0].querySelector('[data-testid="late-unit-name"]')!.textContent).toContain(
      '区住建局',
    );
    expect(rows[0].querySelector('[data-testid="late-unit-count"]')!.textContent).toContain('2');
    rows[0].querySelector<HTMLElement>('.ant-table-row-expand-icon')!.click();
    await fixture.whenStable();
    const projects = find('late-unit-projects')!;
    expect(projects.textContent).toContain('新平大道东延段');
    expect(projects.textContent).toContain('湟水河综合治理');
    expect(find('remind-now')).toBeNull();
    expect(find('reporting-settings')).toBeNull();
  });

  it('has no 已逾期 before the due date', async () => {
    await render(false, { ...late, overdue: false, units: [] });
    expect(find('late-units')!.textContent).toContain('报送截止：2026年4月10日');
    expect(find('late-units-overdue')).toBeNull();
    expect(all('late-unit-row').length).toBe(0);
  });

  it('reads another month when it changes, and only the latest answer counts', async () => {
    await render(false);
    fixture.componentRef.setInput('month', { year: 2026, month: 2 });
    await fixture.whenStable();
    const slow = http.expectOne(lateUrl(2026, 2));
    fixture.componentRef.setInput('month', { year: 2025, month: 12 });
    await fixture.whenStable();
    const latest = http.expectOne(lateUrl(2025, 12));
    expect(slow.cancelled).toBe(true);
    latest.flush({ ...late, year: 2025, month: 12, dueDate: '2026-01-15', overdue: true });
    await fixture.whenStable();
    expect(find('late-units')!.textContent).toContain('报送截止：2026年1月15日');
  });

  it('立即催报 reminds now and says how many units and mails', async () => {
    await render(true);
    find('remind-now')!.click();
    const run = http.expectOne(runUrl);
    expect(run.request.method).toBe('POST');
    run.flush({
      year: 2026,
      month: 3,
      dueDate: '2026-04-10',
      overdue: true,
      reminded: 2,
      emails: 3,
    });
    await fixture.whenStable();
    expect(find('remind-result')!.textContent).toContain('已向 2 个单位发出催报（邮件 3 封）');

    find('remind-now')!.click();
    http.expectOne(runUrl).flush({
      year: 2026,
      month: 3,
      dueDate: '2026-04-10',
      overdue: false,
      reminded: 0,
      emails: 0,
    });
    await fixture.whenStable();
    expect(find('remind-result')!.textContent).toContain('上月尚未过截止日，无需催报');
  });

  it('报送设置 opens the settings and reads the month again after a save', async () => {
    await render(true);
    find('reporting-settings')!.click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'GET', url: '/api/scheduling/reporting-settings' })
      .flush({ dueDay: 10, concurrencyStamp: 's1' });
    await fixture.whenStable();
    expect(find('reporting-settings-dialog')).not.toBeNull();
    find('due-day-save')!.click();
    http
      .expectOne({ method: 'PUT', url: '/api/scheduling/reporting-settings' })
      .flush({ dueDay: 10, concurrencyStamp: 's2' });
    await fixture.whenStable();
    http.expectOne(lateUrl(2026, 3)).flush({ ...late, dueDate: '2026-04-10' });
    await fixture.whenStable();
    expect(find('reporting-settings-dialog')).toBeNull();
  });
});
