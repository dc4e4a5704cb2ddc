import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ProjectListItemDto } from '../../../api/models/project-list-item-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { ProjectListPage } from './project-list-page';

const row: ProjectListItemDto = {
  id: 'p1',
  name: '新平大道东延段',
  code: '2023-630203-48-01-012345',
  regime: 'Approval',
  sectorCode: 'Transport',
  sectorName: '交通',
  townId: 't1',
  townName: '高庙镇',
  responsibleDepartmentId: 'd1',
  responsibleDepartmentName: '区交通局',
  projectUnit: '区交通局',
  totalInvestment: 123_456_700,
  state: 'UnderConstruction',
  plannedStart: '2025-03-01',
  plannedCompletion: null,
  maturity: 'Preliminary',
  reviewStatus: 'Submitted',
};

describe('ProjectListPage', () => {
  let fixture: ComponentFixture<ProjectListPage>;
  let http: HttpTestingController;

  async function render(permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [ProjectListPage],
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
    fixture = TestBed.createComponent(ProjectListPage);
    http
      .expectOne('/api/reserve/sectors')
      .flush([{ code: 'Transport', name: '交通', sortOrder: 1 }]);
    http.expectOne('/api/identity/department-options').flush([
      { id: 'd1', parentId: null, name: '区交通局', code: 'JT', isTown: false },
      { id: 't1', parentId: null, name: '高庙镇', code: 'GM', isTown: true },
    ]);
    const list = http.expectOne((r) => r.url === '/api/reserve/projects');
    expect(list.request.params.get('page')).toBe('1');
    expect(list.request.params.get('pageSize')).toBe('20');
    list.flush({ items: [row], totalCount: 45 });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const page = () =>
    fixture.componentInstance as unknown as {
      filters: FormGroup;
      search(): void;
      onPageIndex(p: number): void;
      export(): void;
      towns(): { id: string }[];
    };

  it('hides 新建项目 without Reserve.Submit and shows the row in 万元', async () => {
    const el = await render(['Reserve.View']);
    expect(el.querySelector('[data-testid="project-create"]')).toBeNull();
    const table = el.querySelector('[data-testid="projects-table"]')!.textContent!;
    expect(table).toContain('新平大道东延段');
    expect(table).toContain('12,345.67');
    expect(table).toContain('2025-03');
    expect(el.querySelector('[data-testid="project-row-maturity"]')!.textContent).toContain(
      'reserve.maturities.Preliminary',
    );
    expect(el.querySelector('[data-testid="project-row-review-status"]')!.textContent).toContain(
      'reserve.reviewStatuses.Submitted',
    );
    expect(el.querySelector('[data-testid="reserve-board-link"]')!.getAttribute('href')).toBe(
      '/reserve/board',
    );
    expect(el.querySelector('[data-testid="pre-work-funds-link"]')!.getAttribute('href')).toBe(
      '/reserve/pre-work-funds',
    );
    expect(el.querySelector('[data-testid="plan-link"]')!.getAttribute('href')).toBe(
      '/plan',
    );
    expect(
      page()
        .towns()
        .map((t) => t.id),
    ).toEqual(['t1']);
  });

  it('offers 新建项目 with Reserve.Submit', async () => {
    const el = await render(['Reserve.View', 'Reserve.Submit']);
    expect(el.querySelector('[data-testid="project-create"]')).not.toBeNull();
  });

  it('sends the filters and pages on the server', async () => {
    await render(['Reserve.View']);
    page().filters.patchValue({
      search: ' 大道 ',
      sectorCode: 'Transport',
      state: 'Reserve',
      regime: 'Filing',
      departmentId: 'd1',
      townId: 't1',
      maturity: 'Mature',
      reviewStatus: 'Returned',
    });
    page().search();
    const filtered = http.expectOne((r) => r.url === '/api/reserve/projects');
    const params = filtered.request.params;
    expect(params.get('search')).toBe('大道');
    expect(params.get('sectorCode')).toBe('Transport');
    expect(params.get('state')).toBe('Reserve');
    expect(params.get('regime')).toBe('Filing');
    expect(params.get('departmentId')).toBe('d1');
    expect(params.get('townId')).toBe('t1');
    expect(params.get('maturity')).toBe('Mature');
    expect(params.get('reviewStatus')).toBe('Returned');
    expect(params.get('page')).toBe('1');
    filtered.flush({ items: [row], totalCount: 45 });

    page().onPageIndex(3);
    const next = http.expectOne((r) => r.url === '/api/reserve/projects');
    expect(next.request.params.get('page')).toBe('3');
    expect(next.request.params.get('state')).toBe('Reserve');
    next.flush({ items: [], totalCount: 45 });
  });

  it('exports 项目库.xlsx with the same filters', async () => {
    const names: string[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await render(['Reserve.View']);
    page().filters.patchValue({ state: 'Completed', maturity: 'Planning' });
    page().export();
    const request = http.expectOne((r) => r.url === '/api/reserve/projects/export');
    expect(request.request.params.get('state')).toBe('Completed');
    expect(request.request.params.get('maturity')).toBe('Planning');
    expect(request.request.params.has('page')).toBe(false);
    expect(request.request.responseType).toBe('blob');
    const blob = new Blob(['x']);
    request.flush(blob);
    expect(URL.createObjectURL).toHaveBeenCalledWith(blob);
    expect(names).toEqual(['项目库.xlsx']);
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });
});
