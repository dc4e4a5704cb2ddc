import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { shanghaiDay } from '../../../shared/dates';
import {
  MANAGE,
  VIEW,
  clearOverlays,
  contractStatistics,
  testProviders,
} from '../contracts-test-data';
import { ContractStatisticsPage } from './contract-statistics-page';

const { year } = shanghaiDay();
const url = '/api/signed-contracts/statistics';

describe('ContractStatisticsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ContractStatisticsPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function render(permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [ContractStatisticsPage],
      providers: testProviders(permissions, message),
    });
    http = TestBed.inject(HttpTestingController);
    vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(ContractStatisticsPage);
    http.expectOne('/api/leads/industries').flush([]);
    http.expectOne('/api/identity/department-options').flush([]);
    http.expectOne('/api/signed-contracts/signing-events').flush([]);
    const request = http.expectOne((r) => r.url === url);
    expect(request.request.params.get('year')).toBe(String(year));
    request.flush(contractStatistics(year));
    await fixture.whenStable();
    http
      .expectOne('/api/signed-contracts/settings')
      .flush({ milestoneReminderDays: 15, noFundsAfterDays: 90, concurrencyStamp: 's1' });
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('shows the figures, each rate with its stored definition beside it, and the three tables', async () => {
    await render(VIEW);
    expect(testId('stat-year')).not.toBeNull();
    expect(testId('stat-signed-count')!.textContent!.trim()).toBe('4');
    expect(testId('stat-contracted-amount')!.textContent).toBe('120,000.00');
    expect(testId('stat-fulfilment-rate')!.textContent).toBe('75.00%');
    expect(testId('stat-funds-rate')!.textContent).toBe('25.00%');
    expect(testId('stat-start-rate')!.textContent).toBe('50.00%');
    expect(testId('stat-landed-count')!.textContent!.trim()).toBe('1');
    expect(testId('stat-definition-FulfilmentRate')!.textContent).toContain(
      '履约率 = 履约项目数 ÷ 签约项目数',
    );
    expect(testId('stat-definition-FundsArrivalRate')!.textContent).toContain('当年签约项目');
    expect(testId('stat-definition-StartRate')).not.toBeNull();
    expect(testId('stat-definition-ProductionRate')).not.toBeNull();
    expect(el().querySelectorAll('[data-testid="stat-group-row"]').length).toBe(3);
    expect(testId('stat-definition-edit-FulfilmentRate')).toBeNull();
    expect(testId('settings-save')).toBeNull();
  });

  it('asks again for the year and filters chosen', async () => {
    await render(VIEW);
    const page = fixture.componentInstance as unknown as {
      year: { setValue(v: number): void };
      filters: { patchValue(v: object): void };
    };
    page.year.setValue(year - 1);
    http
      .expectOne((r) => r.url === url && r.params.get('year') === String(year - 1))
      .flush(contractStatistics(year - 1));
    page.filters.patchValue({ industryCode: 'SELENIUM' });
    const request = http.expectOne((r) => r.url === url);
    expect(request.request.params.get('industryCode')).toBe('SELENIUM');
    request.flush(contractStatistics(year - 1));
  });

  it('opens the contracts behind a figure and behind a table row', async () => {
    await render(VIEW);
    testId('stat-drill-fulfilling')!.click();
    await fixture.whenStable();
    const drill = http.expectOne((r) => r.url === `${url}/contracts`);
    expect(drill.request.params.get('measure')).toBe('fulfilling');
    expect(drill.request.params.get('year')).toBe(String(year));
    drill.flush({ items: [], totalCount: 0 });
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="stat-contracts"]')).not.toBeNull();
    (fixture.componentInstance as unknown as { drilling: { set(v: null): void } }).drilling.set(
      null,
    );
    await fixture.whenStable();
    testId('stat-table-byEvent')!
      .querySelector<HTMLElement>('[data-testid="stat-group-drill"]')!
      .click();
    await fixture.whenStable();
    const group = http.expectOne((r) => r.url === `${url}/contracts`);
    expect(group.request.params.get('measure')).toBe('signed');
    expect(group.request.params.get('signingEvent')).toBe('第二十四届青洽会');
    group.flush({ items: [], totalCount: 0 });
  });

  it('lets managers edit a definition and the settings', async () => {
    await render(MANAGE);
    expect(testId('settings-save')).not.toBeNull();
    testId('stat-definition-edit-FundsArrivalRate')!.click();
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="definition-dialog"]')).not.toBeNull();
  });
});
