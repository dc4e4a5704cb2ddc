import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { MonthlyProgressDto } from '../../../api/models/monthly-progress-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { ProgressPage } from './progress-page';
import { previousMonth } from './progress-model';
import { monthlyReport, projectProgress } from './progress-test-data';

const { year, month } = previousMonth();
const monthUrl = (y = year, m = month) => `/api/scheduling/progress/${y}/${m}`;

const progress: MonthlyProgressDto = {
  year,
  month,
  planProjectCount: 3,
  reportedCount: 1,
  totalCount: 2,
  items: [
    projectProgress(year, {
      report: monthlyReport(year),
      cumulativeThisYear: 45_000_000,
      completionRate: 0.375,
    }),
    projectProgress(year, {
      projectId: 'p2',
      name: '湟水河综合治理',
      code: null,
      type: 'Continuing',
      plannedInvestment: 10_000_000,
      cumulativeBefore: 12_345_600,
      cumulativeThisYear: 12_345_600,
      completionRate: 1.23456,
      latestStatus: 'Resumed',
    }),
  ],
};

type PageApi = {
  filters: FormGroup;
  year: FormControl<number>;
  month: FormControl<number>;
  search(): void;
  export(): void;
};

describe('ProgressPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ProgressPage>;
  const page = () => fixture.componentInstance as unknown as PageApi;
  const el = () => fixture.nativeElement as HTMLElement;

  async function render(permissions: string[], answer: MonthlyProgressDto = progress) {
    TestBed.configureTestingModule({
      imports: [ProgressPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        {
          provide: AuthService,
          useValue: { hasPermission: (p: string) => permissions.includes(p) },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProgressPage);
    http
      .expectOne('/api/scheduling/problem-categories')
      .flush([{ code: 'Land', name: '用地问题', sortOrder: 1 }]);
    const list = http.expectOne((r) => r.url === monthUrl());
    expect(list.request.params.get('page')).toBe('1');
    expect(list.request.params.has('reported')).toBe(false);
    list.flush(answer);
    await fixture.whenStable();
  }

  it('loads the month just ended: counts, unreported in red, and each project with its report', async () => {
    await render(['Scheduling.View']);
    expect(el().querySelector('[data-testid="page-title"]')!.textContent).toContain(
      'scheduling.progress.title',
    );
    expect(el().querySelector('[data-testid="statistics-link"]')!.getAttribute('href')).toBe(
      '/scheduling/statistics',
    );
    expect(el().querySelector('[data-testid="warnings-link"]')!.getAttribute('href')).toBe(
      '/scheduling/warnings',
    );
    const summary = (key: string) =>
      el().querySelector(
        `[data-testid="progress-summary"] [data-testid="progress-summary-${key}"]`,
      )!;
    expect(summary('plan').textContent).toContain('3');
    expect(summary('reported').textContent).toContain('1');
    expect(summary('unreported').querySelector('.late')!.textContent).toContain('2');

    const rows = el().querySelectorAll(
      '[data-testid="progress-table"] [data-testid="progress-row"]',
    );
    expect(rows.length).toBe(2);
    const [reported, missing] = [...rows];
    expect(reported.querySelector('[data-testid="progress-project-name"]')!.textContent).toBe(
      '新平大道东延段',
    );
    expect(reported.textContent).toContain('12,000.00');
    expect(reported.querySelector('[data-testid="progress-row-month"]')!.textContent).toContain(
      '1,500.00',
    );
    expect(reported.textContent).toContain('4,500.00');
    expect(reported.querySelector('[data-testid="progress-row-rate"]')!.textContent).toContain(
      '37.5%',
    );
    expect(reported.querySelector('[data-testid="progress-row-rate"]')!.classList).not.toContain(
      'late',
    );
    expect(reported.querySelector('[data-testid="progress-row-category"]')!.textContent).toContain(
      '用地问题',
    );
    expect(reported.textContent).toContain('征地拆迁滞后');
    expect(reported.querySelector('[data-testid="progress-row-state"]')!.textContent).toContain(
      `${year}-04-03 10:30`,
    );
    expect(missing.querySelector('[data-testid="progress-row-month"]')!.textContent).toContain('—');
    const overRate = missing.querySelector('[data-testid="progress-row-rate"]')!;
    expect(overRate.textContent).toContain('123.5%');
    expect(overRate.classList).toContain('late');
    expect(missing.querySelector('[data-testid="progress-row-state"]')!.textContent).toContain(
      'scheduling.progress.unreported',
    );
    expect(missing.querySelector('[data-testid="progress-row-status"]')!.textContent).toContain(
      'scheduling.statuses.Resumed',
    );
  });

  it('hides 填报 and 导入 from a View-only user, and offers them to a reporting unit', async () => {
    await render(['Scheduling.View']);
    expect(el().querySelector('[data-testid="progress-row-report"]')).toBeNull();
    expect(el().querySelector('[data-testid="progress-import"]')).toBeNull();
    expect(el().querySelector('[data-testid="progress-export"]')).not.toBeNull();
    expect(el().querySelector('[data-testid="progress-template"]')).not.toBeNull();
    TestBed.resetTestingModule();
    await render(['Scheduling.View', 'Scheduling.Report']);
    const actions = [...el().querySelectorAll('[data-testid="progress-row-report"]')].map((a) =>
      a.textContent!.trim(),
    );
    expect(actions).toEqual(['scheduling.progress.edit', 'scheduling.progress.report']);
    expect(el().querySelector('[data-testid="progress-import"]')).not.toBeNull();
  });

  it('sends the filters, and reads page 1 of another month', async () => {
    await render(['Scheduling.View']);
    page().filters.patchValue({ search: ' 新平 ', reported: 'unreported', status: 'NotStarted' });
    page().search();
    const filtered = http.expectOne((r) => r.url === monthUrl());
    expect(filtered.request.params.get('search')).toBe('新平');
    expect(filtered.request.params.get('reported')).toBe('false');
    expect(filtered.request.params.get('status')).toBe('NotStarted');
    filtered.flush({ ...progress, items: [], totalCount: 0 });

    page().filters.patchValue({ reported: 'reported', status: null });
    page().search();
    const reported = http.expectOne((r) => r.url === monthUrl());
    expect(reported.request.params.get('reported')).toBe('true');
    expect(reported.request.params.has('status')).toBe(false);
    reported.flush(progress);

    const other = month === 1 ? 2 : 1;
    page().month.setValue(other);
    const next = http.expectOne((r) => r.url === monthUrl(year, other));
    expect(next.request.params.get('page')).toBe('1');
    expect(next.request.params.get('reported')).toBe('true');
  });

  it('shows only the latest request when the month changes again before an answer', async () => {
    await render(['Scheduling.View']);
    page().year.setValue(year - 1);
    const slow = http.expectOne((r) => r.url === monthUrl(year - 1, month));
    page().month.setValue(month === 1 ? 2 : 1);
    const latest = http.expectOne((r) => r.url === monthUrl(year - 1, month === 1 ? 2 : 1));
    expect(slow.cancelled).toBe(true);
    latest.flush({ ...progress, planProjectCount: 7, reportedCount: 7 });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="progress-summary-plan"]')!.textContent).toContain('7');
    expect(el().querySelector('[data-testid="progress-summary-unreported"] .late')).toBeNull();
  });

  it('shows the 报送情况 of the month chosen, and follows the month', async () => {
    await render(['Scheduling.View']);
    http.expectOne(`${monthUrl()}/late-units`).flush({
      year,
      month,
      dueDate: `${year}-12-10`,
      overdue: true,
      units: [{ departmentId: 'd1', departmentName: '区住建局', unreportedCount: 1, projects: [] }],
    });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="late-units-overdue"]')).not.toBeNull();
    expect(el().querySelectorAll('[data-testid="late-unit-row"]').length).toBe(1);
    expect(el().querySelector('[data-testid="remind-now"]')).toBeNull();
    http.expectNone('/api/scheduling/reminders');

    const other = month === 1 ? 2 : 1;
    page().month.setValue(other);
    await fixture.whenStable();
    http.expectOne(`${monthUrl(year, other)}/late-units`);
  });

  it('shows a reporting unit the 催报 to its department, and 重点办 the 立即催报', async () => {
    await render(['Scheduling.View', 'Scheduling.Report']);
    const reminders = http.expectOne((r) => r.url === '/api/scheduling/reminders');
    expect(reminders.request.params.get('pageSize')).toBe('3');
    reminders.flush({
      totalCount: 1,
      items: [
        {
          id: 'r1',
          departmentId: 'd1',
          departmentName: '区住建局',
          year,
          month,
          dueDate: `${year}-12-10`,
          sentOn: `${year}-12-11`,
          projectCount: 1,
          projects: '新平大道东延段',
          emailedTo: 1,
          createdAtUtc: `${year}-12-11T01:00:00Z`,
        },
      ],
    });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="progress-reminders"]')).not.toBeNull();

    TestBed.resetTestingModule();
    await render(['Scheduling.View', 'Scheduling.Report', 'Scheduling.Manage']);
    http.expectNone((r) => r.url === '/api/scheduling/reminders');
    expect(el().querySelector('[data-testid="progress-reminders"]')).toBeNull();
    http.expectOne(`${monthUrl()}/late-units`).flush({
      year,
      month,
      dueDate: `${year}-12-10`,
      overdue: false,
      units: [],
    });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="remind-now"]')).not.toBeNull();
    expect(el().querySelector('[data-testid="reporting-settings"]')).not.toBeNull();
  });

  it('exports the month under the 项目月度进展表 name', async () => {
    const names: string[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await render(['Scheduling.View']);
    el().querySelector<HTMLButtonElement>('[data-testid="progress-export"]')!.click();
    const request = http.expectOne(`${monthUrl()}/export`);
    expect(request.request.method).toBe('GET');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['x']));
    expect(names).toEqual([`${year}年${month}月项目月度进展表.xlsx`]);
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });
});
