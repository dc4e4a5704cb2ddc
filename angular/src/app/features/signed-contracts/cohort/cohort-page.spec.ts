import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { shanghaiDay } from '../../../shared/dates';
import { VIEW, clearOverlays, cohortSteps, testProviders } from '../contracts-test-data';
import { CohortPage } from './cohort-page';

const { year } = shanghaiDay();
const url = '/api/signed-contracts/statistics/cohort';

describe('CohortPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CohortPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const page = () =>
    fixture.componentInstance as unknown as {
      mode: { setValue(v: string): void };
      event: { setValue(v: string): void };
      option(): { series: { data: { value: number }[] }[] } | null;
    };

  async function render(query: Record<string, string> = {}) {
    TestBed.configureTestingModule({
      imports: [CohortPage],
      providers: [
        ...testProviders(VIEW, message),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap(query) } },
        },
      ],
    });
    // jsdom draws no canvas: ECharts itself is never loaded, the chart is checked through its option.
    TestBed.overrideComponent(CohortPage, {
      set: { providers: [provideEchartsCore({ echarts: () => new Promise(() => undefined) })] },
    });
    http = TestBed.inject(HttpTestingController);
    vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(CohortPage);
    http
      .expectOne('/api/signed-contracts/signing-events')
      .flush([
        {
          name: '第二十四届青洽会',
          count: 8,
          firstSignedOn: '2026-05-20',
          lastSignedOn: '2026-05-21',
        },
      ]);
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('opens on this year, and draws the funnel with a row per step', async () => {
    await render();
    const request = http.expectOne((r) => r.url === url);
    expect(request.request.params.get('year')).toBe(String(year));
    expect(request.request.params.has('signingEvent')).toBe(false);
    request.flush(cohortSteps());
    await fixture.whenStable();
    expect(testId('cohort-chart')).not.toBeNull();
    expect(
      page()
        .option()!
        .series[0].data.map((d) => d.value),
    ).toEqual([8, 6, 5, 3, 1, 2]);
    const rows = [...el().querySelectorAll('[data-testid="cohort-step-row"]')];
    expect(rows.length).toBe(6);
    expect(rows[1].textContent).toContain('资金到位');
    expect(rows[1].textContent).toContain('50,000.00');
    expect(rows[1].textContent).toContain('75.00%');
  });

  it('follows a signing event chosen', async () => {
    await render();
    http.expectOne((r) => r.url === url).flush(cohortSteps());
    page().mode.setValue('event');
    await fixture.whenStable();
    expect(testId('cohort-event')).not.toBeNull();
    expect(testId('cohort-chart')).toBeNull();
    page().event.setValue('第二十四届青洽会');
    const request = http.expectOne((r) => r.url === url);
    expect(request.request.params.get('signingEvent')).toBe('第二十四届青洽会');
    expect(request.request.params.has('year')).toBe(false);
    request.flush(cohortSteps());
  });

  it('opens on the event of ?event=', async () => {
    await render({ event: '第二十四届青洽会' });
    const request = http.expectOne((r) => r.url === url);
    expect(request.request.params.get('signingEvent')).toBe('第二十四届青洽会');
    request.flush([]);
    await fixture.whenStable();
    expect(testId('cohort-chart')).toBeNull();
  });
});
