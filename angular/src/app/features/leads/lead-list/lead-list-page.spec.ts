import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import { PagedResultOfLeadDto } from '../../../api/models/paged-result-of-lead-dto';
import {
  INDUSTRIES,
  MANAGER,
  VIEWER,
  clearOverlays,
  leadDto,
  leadTestProviders,
} from '../leads-test-data';
import { LeadListPage } from './lead-list-page';

const listUrl = '/api/leads';

const list: PagedResultOfLeadDto = {
  totalCount: 42,
  items: [
    leadDto(),
    leadDto({
      id: 'l2',
      companyName: '青海某物流公司',
      creditCode: null,
      stage: 'Abandoned',
      stale: true,
      nextActionDue: true,
    }),
  ],
};

describe('LeadListPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LeadListPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const rows = () => [...el().querySelectorAll<HTMLElement>('[data-testid="lead-row"]')];

  const expectList = (params: Record<string, string> = {}) => {
    const request = http.expectOne((r) => r.url === listUrl);
    const expected = { page: '1', pageSize: '20', ...params };
    expect(request.request.params.keys().sort()).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      expect(request.request.params.get(key), key).toBe(value);
    }
    return request;
  };

  async function render(permissions: string[], query: Record<string, string> = {}) {
    TestBed.configureTestingModule({
      imports: [LeadListPage],
      providers: [
        ...leadTestProviders(permissions, message),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap(query) } },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LeadListPage);
    http.expectOne('/api/leads/industries').flush(INDUSTRIES);
    if (permissions.includes('Leads.Manage')) {
      http.expectOne('/api/leads/owners').flush([{ userId: 'u1', displayName: '张三' }]);
    }
    expectList(query).flush(list);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
    vi.restoreAllMocks();
  });

  it('lists the leads with their code, 万元, source, owner, stage and next action', async () => {
    await render(VIEWER);
    const [first, second] = rows();
    expect(rows().length).toBe(2);
    expect(first.querySelector('[data-testid="lead-row-company"]')!.getAttribute('href')).toBe(
      '/leads/l1',
    );
    expect(first.textContent).toContain('91630200MA7XXXXX1A');
    expect(first.textContent).toContain('12,000.00');
    expect(first.textContent).toContain('leads.sources.Fair');
    expect(first.textContent).toContain('第二十四届青洽会');
    expect(first.textContent).toContain('张三');
    expect(first.querySelector('[data-testid="lead-row-stage"]')!.textContent).toContain(
      'leads.stages.Contact',
    );
    expect(first.textContent).toContain('邀请来区考察');
    expect(first.querySelector('[data-testid="lead-row-stale"]')).toBeNull();
    expect(second.querySelector('[data-testid="lead-row-stale"]')).not.toBeNull();
    expect(el().textContent).toContain('common.total');
    expect(testId('lead-create')).toBeNull();
    expect(testId('lead-export')).not.toBeNull();
  });

  it('opens on the stage of ?stage= and asks again with the filters and the entry dates', async () => {
    await render(MANAGER, { stage: 'Visit' });
    const filters = (fixture.componentInstance as unknown as { filters: LeadListPage['filters'] })
      .filters;
    filters.controls.entered.setValue([new Date(2026, 0, 1), new Date(2026, 5, 30)]);
    expectList({ stage: 'Visit', from: '2026-01-01', to: '2026-06-30' }).flush(list);
    filters.controls.due.setValue(true);
    expectList({ stage: 'Visit', from: '2026-01-01', to: '2026-06-30', due: 'true' }).flush(list);
    expect(testId('lead-create')).not.toBeNull();
  });

  it('exports the leads of the same filters', async () => {
    const names: string[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await render(VIEWER);
    const filters = (fixture.componentInstance as unknown as { filters: LeadListPage['filters'] })
      .filters;
    filters.controls.source.setValue('Fair');
    expectList({ source: 'Fair' }).flush(list);
    testId('lead-export')!.click();
    const request = http.expectOne((r) => r.url === '/api/leads/export');
    expect(request.request.params.get('source')).toBe('Fair');
    expect(request.request.params.has('page')).toBe(false);
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['xlsx']));
    expect(names).toEqual([expect.stringMatching(/^招商线索-\d{4}-\d{2}-\d{2}\.xlsx$/)]);
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });
});
