import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ContractDetailDto } from '../../../api/models/contract-detail-dto';
import { MANAGE, VIEW, clearOverlays, contractDetail, testProviders } from '../contracts-test-data';
import { ContractDetailPage } from './contract-detail-page';

const url = '/api/signed-contracts/c1';

describe('ContractDetailPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ContractDetailPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const all = (id: string) => [...el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

  async function render(permissions: string[], detail: ContractDetailDto = contractDetail()) {
    TestBed.configureTestingModule({
      imports: [ContractDetailPage],
      providers: testProviders(permissions, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ContractDetailPage);
    fixture.componentRef.setInput('id', 'c1');
    await fixture.whenStable();
    if (permissions.includes('SignedContracts.Manage')) {
      http.expectOne('/api/leads/industries').flush([]);
      http.expectOne('/api/identity/department-options').flush([]);
      http.expectOne('/api/signed-contracts/signing-events').flush([]);
    }
    http.expectOne(url).flush(detail);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('shows the heading, the milestones, the funds with total and rate, and the problems', async () => {
    await render(VIEW);
    expect(testId('contract-title')!.textContent).toContain('QY2026001 富硒生态旅游文化产业园');
    expect(testId('contract-state-tag')!.textContent).toContain('contracts.states.Preparing');
    expect(all('milestone-item').length).toBe(4);
    expect(all('milestone-item')[1].textContent).toContain('2026-07-01');
    expect(all('milestone-item')[1].classList).toContain('overdue');
    expect(all('milestone-overdue').length).toBe(1);
    expect(testId('contract-funds-total')!.textContent).toBe('10,000.00');
    expect(testId('contract-funds-rate')!.textContent).toBe('20.00%');
    expect(all('funds-row').length).toBe(1);
    expect(all('funds-row')[0].textContent).toContain('回单.pdf');
    expect(all('problem-row').length).toBe(1);
    expect(testId('problem-overdue')).not.toBeNull();
    expect(all('history-item').length).toBe(2);
    expect(testId('contract-project-link')).toBeNull();
    expect(testId('contract-lead-link')).toBeNull();
  });

  it('offers no action to readers', async () => {
    await render(VIEW);
    for (const id of [
      'state-change',
      'contract-land',
      'funds-add',
      'problem-add',
      'contract-edit',
      'milestone-edit-ConstructionStart',
      'funds-delete',
    ]) {
      expect(testId(id), id).toBeNull();
    }
  });

  it('offers the actions to managers, and 落地 only while the state allows it', async () => {
    await render(MANAGE);
    for (const id of [
      'state-change',
      'contract-land',
      'funds-add',
      'problem-add',
      'contract-edit',
      'milestone-edit-ConstructionStart',
      'funds-delete',
      'problem-resolve',
    ]) {
      expect(testId(id), id).not.toBeNull();
    }
    TestBed.resetTestingModule();
    await render(MANAGE, contractDetail({ fulfilmentState: 'NotStarted' }));
    expect(testId('contract-land')).toBeNull();
    expect(testId('state-change')).not.toBeNull();
    TestBed.resetTestingModule();
    await render(MANAGE, contractDetail({ fulfilmentState: 'Terminated' }));
    expect(testId('state-change')).toBeNull();
  });

  it('links the landed project and the lead it came from', async () => {
    await render(
      MANAGE,
      contractDetail(
        { projectId: 'p9', leadId: 'l7', landedOn: '2026-08-01' },
        { projectName: '富硒生态旅游文化产业园（一期）' },
      ),
    );
    expect(testId('contract-project-link')!.getAttribute('href')).toBe('/reserve/projects/p9');
    expect(testId('contract-project-link')!.textContent).toContain(
      'contracts.detail.landedProject',
    );
    expect(testId('contract-lead-link')!.getAttribute('href')).toBe('/leads/l7');
    expect(testId('contract-land')).toBeNull();
  });

  it('opens the dialogs, and shows the contract the state dialog answers with', async () => {
    await render(MANAGE);
    testId('milestone-edit-ConstructionStart')!.click();
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="milestone-dialog"]')).not.toBeNull();
    testId('funds-add')!.click();
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="funds-dialog"]')).not.toBeNull();
    testId('state-change')!.click();
    await fixture.whenStable();
    const page = fixture.componentInstance as unknown as {
      onDetail(d: ContractDetailDto | null, close: () => void): void;
      changingState(): boolean;
      closeState: () => void;
    };
    expect(page.changingState()).toBe(true);
    page.onDetail(contractDetail({ fulfilmentState: 'UnderConstruction' }), page.closeState);
    await fixture.whenStable();
    expect(page.changingState()).toBe(false);
    expect(testId('contract-state-tag')!.textContent).toContain(
      'contracts.states.UnderConstruction',
    );
  });

  it('downloads the evidence under its own name', async () => {
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
    testId('funds-evidence')!.dispatchEvent(new MouseEvent('click'));
    const request = http.expectOne(`${url}/funds/f1/evidence`);
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF']));
    expect(names).toEqual(['回单.pdf']);
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });
});
