import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { AnnualPlanDto } from '../../../api/models/annual-plan-dto';
import { PlanEntryDto } from '../../../api/models/plan-entry-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { PlanPage } from './plan-page';
import { shanghaiYear } from './plan-model';
import { planEntry } from './plan-test-data';

const year = shanghaiYear();

const plan: AnnualPlanDto = {
  year,
  targets: [
    { kind: 'AnnualInvestment', month: 12, value: 1_200_000_000 },
    { kind: 'ContinuingResumed', month: 3, value: 100 },
  ],
  concurrencyStamp: 'plan-stamp',
  entryCount: 3,
  plannedInvestment: 300_000_000,
  totalInvestment: 1_500_000_000,
  byType: [
    { type: 'New', count: 2, plannedInvestment: 200_000_000 },
    { type: 'Continuing', count: 1, plannedInvestment: 100_000_000 },
  ],
  entriesWithLateMilestones: 1,
};

type PageApi = {
  filters: FormGroup;
  year: FormControl<number>;
  search(): void;
  export(): void;
};

describe('PlanPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PlanPage>;
  const page = () => fixture.componentInstance as unknown as PageApi;
  const el = () => fixture.nativeElement as HTMLElement;

  async function render(permissions: string[], annual: AnnualPlanDto = plan) {
    TestBed.configureTestingModule({
      imports: [PlanPage],
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
    fixture = TestBed.createComponent(PlanPage);
    http.expectOne('/api/reserve/sectors').flush([{ code: 'Transport', name: '交通' }]);
    http
      .expectOne('/api/identity/department-options')
      .flush([{ id: 't1', parentId: null, name: '城关镇', code: 'TOWN01', isTown: true }]);
    http.expectOne(`/api/reserve/plans/${year}`).flush(annual);
    const list = http.expectOne((r) => r.url === `/api/reserve/plans/${year}/entries`);
    expect(list.request.params.get('page')).toBe('1');
    list.flush({ items: [planEntry(year)], totalCount: 1 });
    await fixture.whenStable();
  }

  it('loads the current year: counts by type, 万元 totals, late count and the entries', async () => {
    await render(['Reserve.View']);
    expect(el().querySelector('[data-testid="page-title"]')!.textContent).toContain(
      'reserve.plan.title',
    );
    const summary = (key: string) =>
      el().querySelector(`[data-testid="plan-summary"] [data-testid="plan-summary-${key}"]`)!
        .textContent!;
    expect(summary('New')).toContain('2');
    expect(summary('Continuing')).toContain('1');
    expect(summary('ToStart')).toContain('0');
    expect(summary('planned')).toContain('30,000.00');
    expect(summary('total')).toContain('150,000.00');
    expect(el().querySelector('[data-testid="plan-summary-late"] .late')!.textContent).toContain(
      '1',
    );
    const table = el().querySelector('[data-testid="plan-table"]')!;
    expect(table.textContent).toContain('新平大道东延段');
    expect(table.textContent).toContain('12,000.00');
    expect(table.textContent).toContain(`${year}-03`);
    expect(table.textContent).toContain('李明');
    expect(table.textContent).toContain('0971-1234567');
    expect(table.querySelector('[data-testid="plan-project-link"]')!.getAttribute('href')).toBe(
      '/reserve/projects/p1',
    );
    const node = table.querySelector('[data-testid="plan-row-milestone"]')!;
    expect(node.textContent).toContain('reserve.plan.milestoneKinds.Start');
    expect(node.textContent).toContain(`${year}-03-15`);
    expect(node.querySelector('[data-testid="plan-row-late"]')).not.toBeNull();
  });

  it('shows each entry with the values its year lists, not the project’s current ones', async () => {
    await render([]);
    const cell = (id: string) => el().querySelector(`[data-testid="${id}"]`)!.textContent!.trim();
    expect(cell('plan-row-sector')).toBe('市政');
    expect(cell('plan-row-town')).toBe('平安镇');
    expect(cell('plan-row-total')).toBe('30,000.00');
    expect(cell('plan-row-unit')).toBe('区住建局');
    expect(cell('plan-row-project-unit')).toBe('区城投公司');
  });

  it('shows the targets as sentences in kind order, or an empty state', async () => {
    await render(['Reserve.View']);
    const items = [...el().querySelectorAll('[data-testid="plan-targets"] li')].map((li) =>
      li.getAttribute('data-testid'),
    );
    expect(items).toEqual(['plan-target-ContinuingResumed', 'plan-target-AnnualInvestment']);
    expect(el().querySelector('[data-testid="plan-targets-empty"]')).toBeNull();
    TestBed.resetTestingModule();
    await render(['Reserve.View'], { ...plan, targets: [], concurrencyStamp: null });
    expect(el().querySelector('[data-testid="plan-targets-empty"]')).not.toBeNull();
  });

  it('hides the manage actions from a View-only user', async () => {
    await render(['Reserve.View']);
    for (const id of [
      'plan-add',
      'plan-import',
      'plan-targets-edit',
      'plan-row-edit',
      'plan-row-remove',
      'plan-row-milestones',
    ]) {
      expect(el().querySelector(`[data-testid="${id}"]`)).toBeNull();
    }
    expect(el().querySelector('[data-testid="plan-export"]')).not.toBeNull();
    expect(el().querySelector('[data-testid="plan-template"]')).not.toBeNull();
  });

  it('offers only 节点计划 to a submitting unit, and everything to the commission', async () => {
    await render(['Reserve.View', 'Reserve.Submit']);
    expect(el().querySelector('[data-testid="plan-row-milestones"]')).not.toBeNull();
    expect(el().querySelector('[data-testid="plan-row-edit"]')).toBeNull();
    expect(el().querySelector('[data-testid="plan-add"]')).toBeNull();
    TestBed.resetTestingModule();
    await render(['Reserve.View', 'Reserve.Manage']);
    for (const id of ['plan-add', 'plan-import', 'plan-targets-edit', 'plan-row-edit']) {
      expect(el().querySelector(`[data-testid="${id}"]`)).not.toBeNull();
    }
  });

  it('sends the filters and reloads both summary and entries for another year', async () => {
    await render(['Reserve.View']);
    page().filters.patchValue({ search: ' 新平 ', type: 'New', townId: 't1' });
    page().search();
    const filtered = http.expectOne((r) => r.url === `/api/reserve/plans/${year}/entries`);
    expect(filtered.request.params.get('search')).toBe('新平');
    expect(filtered.request.params.get('type')).toBe('New');
    expect(filtered.request.params.get('townId')).toBe('t1');
    filtered.flush({ items: [], totalCount: 0 });
    page().year.setValue(year - 1);
    http.expectOne(`/api/reserve/plans/${year - 1}`);
    http.expectOne((r) => r.url === `/api/reserve/plans/${year - 1}/entries`);
  });

  it('exports the year with the current filters', async () => {
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
    page().filters.patchValue({ type: 'Continuing', sectorCode: 'Transport' });
    page().export();
    const request = http.expectOne((r) => r.url === `/api/reserve/plans/${year}/export`);
    expect(request.request.params.get('type')).toBe('Continuing');
    expect(request.request.params.get('sectorCode')).toBe('Transport');
    expect(request.request.params.has('page')).toBe(false);
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['x']));
    expect(names).toEqual([`${year}年度重点项目计划表.xlsx`]);
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it('removes an entry with its concurrency stamp and reloads', async () => {
    await render(['Reserve.View', 'Reserve.Manage']);
    (page() as unknown as { remove(e: PlanEntryDto): void }).remove(planEntry(year));
    const request = http.expectOne((r) => r.url === `/api/reserve/plans/${year}/entries/e1`);
    expect(request.request.method).toBe('DELETE');
    expect(request.request.params.get('concurrencyStamp')).toBe('stamp-e1');
    request.flush(null, { status: 204, statusText: 'No Content' });
    http.expectOne(`/api/reserve/plans/${year}`);
    http.expectOne((r) => r.url === `/api/reserve/plans/${year}/entries`);
  });
});
