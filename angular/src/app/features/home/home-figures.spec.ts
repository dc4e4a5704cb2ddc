import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../api/api-configuration';
import { FunnelDto } from '../../api/models/funnel-dto';
import { AuthService } from '../../core/auth/auth.service';
import { APP_ICONS } from '../../core/icons';
import { HomePage } from './home-page';
import { leadFigures, thisYearSoFar } from './home-model';

const funnel: FunnelDto = {
  from: '2026-01-01',
  to: '2026-06-30',
  total: 40,
  abandoned: 6,
  conversionRate: 0.125,
  definition: '签约转化率 = 已签约 ÷ 新增线索',
  stages: [
    { stage: 'Clue', name: '线索', reached: 40, current: 12, conversionFromPrevious: null },
    { stage: 'Contact', name: '接洽', reached: 28, current: 9, conversionFromPrevious: 0.7 },
    { stage: 'Visit', name: '考察', reached: 15, current: 4, conversionFromPrevious: 0.5357 },
    { stage: 'Negotiation', name: '洽谈', reached: 9, current: 4, conversionFromPrevious: 0.6 },
    { stage: 'Contracted', name: '签约', reached: 5, current: 5, conversionFromPrevious: 0.5556 },
  ],
  bySource: [],
  byIndustry: [],
  byOwner: [],
};

const statistics = {
  year: 2026,
  signedCount: 4,
  contractedAmount: 1_200_000_000,
  fulfillingCount: 3,
  fulfilmentRate: 0.75,
  fundsArrived: 300_000_000,
  fundsArrivalRate: 0.25,
  startedCount: 2,
  startRate: 0.5,
  producingCount: 1,
  productionRate: 0.25,
  landedCount: 1,
  definitions: [],
  byEvent: [],
  byIndustry: [],
  byDepartment: [],
};

describe('home figures', () => {
  let http: HttpTestingController;

  async function render(permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [HomePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        {
          provide: AuthService,
          useValue: { user: signal(null), hasPermission: (p: string) => permissions.includes(p) },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const text = (el: HTMLElement, id: string) =>
    el.querySelector(`[data-testid="${id}"] .value`)!.textContent!.trim();

  afterEach(() => http?.verify());

  it('counts the year so far from 1 January to today in Shanghai', () => {
    expect(thisYearSoFar(new Date('2026-12-31T17:00:00Z'))).toEqual({
      year: 2027,
      from: '2027-01-01',
      to: '2027-01-01',
    });
    expect(thisYearSoFar(new Date('2026-06-30T03:00:00Z')).to).toBe('2026-06-30');
  });

  it('takes 在谈 as the leads standing at 接洽, 考察 and 洽谈', () => {
    expect(leadFigures(funnel)).toEqual({
      total: 40,
      talking: 17,
      signed: 5,
      conversionRate: 0.125,
    });
  });

  it('shows the lead card from the funnel of this year for Leads.View only', async () => {
    const { fixture, el } = await render(['Leads.View']);
    const { from, to } = thisYearSoFar();
    const request = http.expectOne((r) => r.url === '/api/leads/funnel');
    expect(request.request.params.get('from')).toBe(from);
    expect(request.request.params.get('to')).toBe(to);
    request.flush(funnel);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="home-leads-card"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="home-contracts-card"]')).toBeNull();
    expect(text(el, 'home-new-leads')).toBe('40');
    expect(text(el, 'home-talking-leads')).toBe('17');
    expect(text(el, 'home-signed-leads')).toBe('5');
    expect(text(el, 'home-conversion-rate')).toBe('12.50%');
    expect(el.querySelector('[data-testid="home-new-leads"]')!.getAttribute('href')).toBe(
      '/leads/list',
    );
  });

  it('shows the contract card from this year’s statistics for SignedContracts.View only', async () => {
    const { fixture, el } = await render(['SignedContracts.View']);
    const request = http.expectOne((r) => r.url === '/api/signed-contracts/statistics');
    expect(request.request.params.get('year')).toBe(String(thisYearSoFar().year));
    request.flush(statistics);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="home-leads-card"]')).toBeNull();
    expect(el.querySelector('[data-testid="home-contracts-card"]')).not.toBeNull();
    expect(text(el, 'home-signed-count')).toBe('4');
    expect(text(el, 'home-contracted-amount')).toBe('120,000.00');
    expect(text(el, 'home-fulfilment-rate')).toBe('75.00%');
    expect(text(el, 'home-funds-rate')).toBe('25.00%');
    expect(text(el, 'home-landed-count')).toBe('1');
    expect(el.querySelector('[data-testid="home-signed-count"]')!.getAttribute('href')).toBe(
      '/signed-contracts/list',
    );
    expect(el.querySelector('[data-testid="home-funds-rate"]')!.getAttribute('href')).toBe(
      '/signed-contracts/statistics',
    );
  });

  it('shows neither card without the permissions', async () => {
    const { el } = await render(['Scheduling.View']);
    expect(el.querySelector('[data-testid="home-leads-card"]')).toBeNull();
    expect(el.querySelector('[data-testid="home-contracts-card"]')).toBeNull();
  });
});
