import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { PreWorkFundsDto } from '../../../api/models/pre-work-funds-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { PreWorkFundsPage } from './pre-work-funds-page';

const year = new Date().getFullYear();

const funds = (forYear: number): PreWorkFundsDto => ({
  year: forYear,
  budget: 5_000_000,
  allocated: 1_234_567,
  spent: 200_000,
  unallocated: 3_765_433,
  concurrencyStamp: 'stamp-1',
  allocations: [
    {
      id: 'a1',
      projectId: 'p1',
      projectName: '新平大道东延段',
      amount: 1_234_567,
      purpose: '可研编制',
      allocatedOn: `${forYear}-03-01`,
      spent: 200_000,
      remaining: 1_034_567,
      spendings: [{ id: 's1', date: `${forYear}-04-01`, amount: 200_000, description: '首付款' }],
    },
  ],
});

describe('PreWorkFundsPage', () => {
  let http: HttpTestingController;

  async function render(permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [PreWorkFundsPage],
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
    const fixture = TestBed.createComponent(PreWorkFundsPage);
    const request = http.expectOne((r) => r.url === '/api/reserve/pre-work-funds');
    expect(request.request.params.get('year')).toBe(String(year));
    request.flush(funds(year));
    await fixture.whenStable();
    return fixture;
  }

  it('loads the current year and shows the four totals in 万元', async () => {
    const fixture = await render(['Reserve.View']);
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="page-title"]')!.textContent).toContain(
      'reserve.preWorkFunds.title',
    );
    const total = (key: string) =>
      el.querySelector(`[data-testid="funds-summary"] [data-testid="funds-summary-${key}"]`)!
        .textContent;
    expect(total('budget')).toContain('500.00');
    expect(total('allocated')).toContain('123.46');
    expect(total('spent')).toContain('20.00');
    expect(total('unallocated')).toContain('376.54');
    const table = el.querySelector('[data-testid="funds-allocations"]')!;
    expect(table.textContent).toContain('可研编制');
    expect(table.textContent).toContain('103.46');
    expect(table.querySelector('[data-testid="funds-project-link"]')!.getAttribute('href')).toBe(
      '/reserve/projects/p1',
    );
  });

  it('reloads when another year is selected', async () => {
    const fixture = await render(['Reserve.View']);
    const page = fixture.componentInstance as unknown as { year: FormControl<number> };
    page.year.setValue(year - 2);
    const request = http.expectOne((r) => r.url === '/api/reserve/pre-work-funds');
    expect(request.request.params.get('year')).toBe(String(year - 2));
  });

  it('hides the manage actions without Reserve.Manage', async () => {
    const el = (await render(['Reserve.View'])).nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="funds-set-budget"]')).toBeNull();
    expect(el.querySelector('[data-testid="funds-allocate"]')).toBeNull();
    expect(el.querySelector('[data-testid="funds-record-spending"]')).toBeNull();
  });

  it('shows the manage actions with Reserve.Manage', async () => {
    const el = (await render(['Reserve.View', 'Reserve.Manage'])).nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="funds-set-budget"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="funds-allocate"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="funds-record-spending"]')).not.toBeNull();
  });
});
