import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PagedResultOfContractListItemDto } from '../../../api/models/paged-result-of-contract-list-item-dto';
import { MANAGE, VIEW, clearOverlays, contractItem, testProviders } from '../contracts-test-data';
import { ContractListPage } from './contract-list-page';

const listUrl = '/api/signed-contracts';
const list: PagedResultOfContractListItemDto = {
  totalCount: 2,
  items: [
    contractItem({ overdueMilestones: 2, openProblems: 1 }),
    contractItem({
      id: 'c2',
      number: 'QY2026002',
      projectName: '富森物流综合产业园',
      fulfilmentState: 'UnderConstruction',
      contractedAmount: 300_000_000,
      fundsArrived: 0,
      projectId: 'p9',
    }),
  ],
};

describe('ContractListPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ContractListPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const rows = () => [...el().querySelectorAll<HTMLElement>('[data-testid="contract-row"]')];
  const inRow = (row: HTMLElement, id: string) =>
    row.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  const expectList = (params: Record<string, string> = {}) => {
    const request = http.expectOne((r) => r.url === listUrl && r.method === 'GET');
    const expected = { page: '1', pageSize: '20', sort: '-signedOn', ...params };
    for (const [key, value] of Object.entries(expected)) {
      expect(request.request.params.get(key), key).toBe(value);
    }
    return request;
  };

  async function render(permissions: string[], reminders: unknown[] = []) {
    TestBed.configureTestingModule({
      imports: [ContractListPage],
      providers: testProviders(permissions, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ContractListPage);
    http
      .expectOne('/api/leads/industries')
      .flush([{ code: 'SELENIUM', name: '富硒产业园', isActive: true }]);
    http
      .expectOne('/api/identity/department-options')
      .flush([{ id: 'd-invest', name: '区招商局' }]);
    http
      .expectOne('/api/signed-contracts/signing-events')
      .flush([
        {
          name: '第二十四届青洽会',
          count: 5,
          firstSignedOn: '2026-05-20',
          lastSignedOn: '2026-05-21',
        },
      ]);
    expectList().flush(list);
    await fixture.whenStable();
    http
      .expectOne((r) => r.url === '/api/signed-contracts/reminders')
      .flush({ items: reminders, totalCount: reminders.length });
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('lists each contract with its amounts in 万元, funds rate, state and flags', async () => {
    await render(VIEW);
    const [first, second] = rows();
    expect(rows().length).toBe(2);
    expect(inRow(first, 'contract-number')!.getAttribute('href')).toBe('/signed-contracts/c1');
    expect(inRow(first, 'contract-amount-cell')!.textContent).toContain('50,000.00');
    expect(inRow(first, 'contract-funds-cell')!.textContent).toContain('10,000.00');
    expect(inRow(first, 'contract-funds-cell')!.textContent).toContain('20.00%');
    expect(inRow(first, 'contract-state')!.textContent).toContain('contracts.states.Preparing');
    expect(inRow(first, 'contract-flag-overdue')).not.toBeNull();
    expect(inRow(first, 'contract-flag-problems')).not.toBeNull();
    expect(inRow(first, 'contract-flag-landed')).toBeNull();
    expect(inRow(second, 'contract-flag-landed')).not.toBeNull();
    expect(inRow(second, 'contract-funds-cell')!.textContent).toContain('0.00%');
    expect(testId('contract-create')).toBeNull();
    expect(testId('contract-import')).toBeNull();
    expect(testId('contract-export')).not.toBeNull();
    expect(testId('contract-reminders')).toBeNull();
  });

  it('offers 新增 and 导入 to managers, and opens their dialogs', async () => {
    await render(MANAGE);
    testId('contract-create')!.click();
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="contract-form-dialog"]')).not.toBeNull();
    testId('contract-import')!.click();
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="contract-import-dialog"]')).not.toBeNull();
  });

  it('asks the server again with the search text and the filters', async () => {
    await render(VIEW);
    const search = testId('contract-search') as HTMLInputElement;
    search.value = ' 富硒 ';
    search.dispatchEvent(new Event('input'));
    testId('contract-search-submit')!.click();
    expectList({ search: '富硒' }).flush(list);
    const page = fixture.componentInstance as unknown as {
      filters: { patchValue(v: object): void };
    };
    page.filters.patchValue({ overdueMilestone: true });
    expectList({ search: '富硒', overdueMilestone: 'true' }).flush(list);
    page.filters.patchValue({ signingEvent: '第二十四届青洽会' });
    expectList({ signingEvent: '第二十四届青洽会', overdueMilestone: 'true' }).flush(list);
  });

  it('exports the ledger with the same filters', async () => {
    const names: string[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await render(VIEW);
    testId('contract-export')!.click();
    const request = http.expectOne((r) => r.url === `${listUrl}/export`);
    expect(request.request.responseType).toBe('blob');
    expect(request.request.params.get('sort')).toBe('-signedOn');
    request.flush(new Blob(['xlsx']));
    expect(names).toEqual(['签约项目台账.xlsx']);
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it('shows the last week’s reminders on top, each linking to its contract', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await render(VIEW, [
      {
        id: 'r1',
        contractId: 'c1',
        contractNumber: 'QY2026001',
        projectName: '富硒生态旅游文化产业园',
        text: '供地里程碑已逾期',
        sentOn: today,
      },
      {
        id: 'r0',
        contractId: 'c0',
        contractNumber: 'QY2025009',
        text: '旧提醒',
        sentOn: '2020-01-01',
      },
    ]);
    const lines = [...el().querySelectorAll('[data-testid="contract-reminder"]')];
    expect(lines.length).toBe(1);
    expect(lines[0].textContent).toContain('供地里程碑已逾期');
    expect(lines[0].querySelector('a')!.getAttribute('href')).toBe('/signed-contracts/c1');
  });
});
