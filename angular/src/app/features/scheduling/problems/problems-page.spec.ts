import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { PagedResultOfProblemDto } from '../../../api/models/paged-result-of-problem-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { shanghaiDay } from '../../../shared/dates';
import { ProblemsPage } from './problems-page';
import { problemDto, problemSummary } from './problems-test-data';

const { year } = shanghaiDay();
const listUrl = '/api/scheduling/problems';

const list: PagedResultOfProblemDto = {
  totalCount: 3,
  items: [
    problemDto(year, { overdue: true, escalated: true, escalationLevel: 'KeyProjectsOffice' }),
    problemDto(year, {
      id: 'pb2',
      projectName: '乐都路',
      categoryName: '资金未落实',
      assignedDepartmentId: 'd-fin',
      assignedDepartmentName: '区财政局',
      status: 'InProgress',
      concurrencyStamp: 'stamp-pb2',
    }),
    problemDto(year, {
      id: 'pb3',
      projectName: '享堂路',
      status: 'Resolved',
      resolution: '已协调',
    }),
  ],
};

describe('ProblemsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ProblemsPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const rows = () => [...el().querySelectorAll<HTMLElement>('[data-testid="problem-row"]')];
  const inRow = (row: HTMLElement, id: string) =>
    row.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  const expectList = (params: Record<string, string> = {}) => {
    const request = http.expectOne((r) => r.url === listUrl);
    const expected = { year: String(year), page: '1', pageSize: '20', ...params };
    for (const [key, value] of Object.entries(expected)) {
      expect(request.request.params.get(key), key).toBe(value);
    }
    return request;
  };

  async function render(permissions: string[], departmentId = 'd-nrb') {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [ProblemsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
        {
          provide: AuthService,
          useValue: {
            hasPermission: (p: string) => permissions.includes(p),
            user: () => ({ departmentId }),
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProblemsPage);
    http.expectOne('/api/scheduling/problem-categories').flush([
      { code: 'DEMOLITION', name: '拆迁未完成', sortOrder: 10 },
      { code: 'FUNDING', name: '资金未落实', sortOrder: 20 },
    ]);
    http.expectOne('/api/identity/department-options').flush([]);
    http.expectOne((r) => r.url === `${listUrl}/summary`).flush(problemSummary(year));
    expectList().flush(list);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('shows the counts, the top categories and the links to the other scheduling pages', async () => {
    await render(['Scheduling.View']);
    expect(testId('problems-page')).not.toBeNull();
    expect(testId('warnings-link')!.getAttribute('href')).toBe('/scheduling/warnings');
    expect(testId('inspections-link')!.getAttribute('href')).toBe('/scheduling/inspections');
    expect(testId('briefs-link')!.getAttribute('href')).toBe('/scheduling/briefs');
    const value = (key: string) =>
      testId(`problems-summary-${key}`)!
        .querySelector('[data-testid="problems-summary-value"]')!
        .textContent!.trim();
    expect(value('total')).toBe('4');
    expect(value('Assigned')).toBe('2');
    expect(value('overdue')).toBe('1');
    const categories = [...el().querySelectorAll('[data-testid="problems-category-count"]')];
    expect(categories.map((c) => c.textContent)).toEqual([
      expect.stringContaining('拆迁未完成'),
      expect.stringContaining('资金未落实'),
    ]);
    expect(testId('problem-create')).toBeNull();
  });

  it('lists each problem with its deadline, overdue tag, status and escalation', async () => {
    await render(['Scheduling.View']);
    const [late, inProgress] = rows();
    expect(rows().length).toBe(3);
    expect(inRow(late, 'problem-project-name')!.textContent).toBe('新平大道东延段');
    expect(inRow(late, 'problem-deadline')!.textContent).toContain(`${year}-06-30`);
    expect(inRow(late, 'problem-overdue')).not.toBeNull();
    expect(inRow(late, 'problem-escalation')!.textContent).toContain(
      'scheduling.problems.escalations.KeyProjectsOffice',
    );
    expect(inRow(inProgress, 'problem-overdue')).toBeNull();
    expect(inRow(inProgress, 'problem-status')!.textContent).toContain(
      'scheduling.problems.statuses.InProgress',
    );
  });

  it('offers the assigned unit to start its own problem only, and the office to create and reopen', async () => {
    await render(['Scheduling.View', 'Scheduling.Report']);
    const [own, others, resolved] = rows();
    expect(inRow(own, 'problem-start')).not.toBeNull();
    expect(inRow(others, 'problem-resolve')).toBeNull();
    expect(inRow(resolved, 'problem-reopen')).toBeNull();
    TestBed.resetTestingModule();
    await render(['Scheduling.View', 'Scheduling.Manage'], 'd-kpo');
    expect(testId('problem-create')).not.toBeNull();
    expect(inRow(rows()[1], 'problem-resolve')).not.toBeNull();
    expect(inRow(rows()[2], 'problem-reopen')).not.toBeNull();
  });

  it('asks the server again with the filters, and for overdue problems from the card', async () => {
    await render(['Scheduling.View']);
    testId('problems-summary-overdue')!
      .querySelector<HTMLElement>('[data-testid="problems-summary-value"]')!
      .click();
    expectList({ overdue: 'true' }).flush(list);
    await fixture.whenStable();
    const categories = [
      ...el().querySelectorAll<HTMLElement>('[data-testid="problems-category-count"] a'),
    ];
    categories[1].click();
    expectList({ category: 'FUNDING' }).flush(list);
  });
});
