import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  INDUSTRIES,
  MANAGER,
  SUPERVISOR,
  clearOverlays,
  industryDto,
  leadTestProviders,
} from '../leads-test-data';
import { IndustriesPage } from './industries-page';

const url = '/api/leads/industries';
const settingsUrl = '/api/leads/settings';

describe('IndustriesPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<IndustriesPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const rows = () => [...el().querySelectorAll<HTMLElement>('[data-testid="industry-row"]')];

  async function render(permissions: string[]) {
    message.success.mockReset();
    TestBed.configureTestingModule({
      imports: [IndustriesPage],
      providers: leadTestProviders(permissions, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(IndustriesPage);
    http.expectOne(url).flush(INDUSTRIES);
    await fixture.whenStable();
    http
      .expectOne({ method: 'GET', url: settingsUrl })
      .flush({ staleAfterDays: 30, concurrencyStamp: 'stamp-s' });
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('lists the catalogue with chains, targets, lead counts and whether each is active', async () => {
    await render(MANAGER);
    expect(rows().length).toBe(3);
    const [, water, retired] = rows();
    expect(water.textContent).toContain('富硒矿泉水');
    expect(water.textContent).toContain('SELENIUM_WATER');
    expect(water.textContent).toContain('水源地—灌装—物流');
    expect([...water.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '某某饮品集团',
      '某某水业',
    ]);
    expect(water.querySelector('.ant-switch-checked')).not.toBeNull();
    expect(retired.querySelector('.ant-switch-checked')).toBeNull();
    expect(water.querySelector('.ant-switch-disabled')).not.toBeNull();
    expect(testId('industry-add')).toBeNull();
    expect(testId('industry-edit')).toBeNull();
    expect(testId('lead-settings-days')).toBeNull();
    expect(testId('lead-settings-shown')!.textContent).toContain('leads.settings.shown');
  });

  it('lets 统筹 retire an entry from its row', async () => {
    await render(SUPERVISOR);
    rows()[1].querySelector<HTMLElement>('[data-testid="industry-active"]')!.click();
    const request = http.expectOne({ method: 'PUT', url: `${url}/i1` });
    expect(request.request.body).toEqual({
      code: 'SELENIUM_WATER',
      name: '富硒矿泉水',
      chain: '水源地—灌装—物流',
      targets: '某某饮品集团\n某某水业',
      sortOrder: 20,
      isActive: false,
      concurrencyStamp: 'stamp-i1',
    });
    request.flush(industryDto({ isActive: false }));
    await fixture.whenStable();
    expect(rows()[1].querySelector('.ant-switch-checked')).toBeNull();
  });

  it('lets 统筹 add an entry and reads the catalogue again', async () => {
    await render(SUPERVISOR);
    testId('industry-add')!.click();
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="industry-save"]')).not.toBeNull();
    (fixture.componentInstance as unknown as { onSaved(): void }).onSaved();
    http.expectOne(url).flush(INDUSTRIES);
  });

  it('lets 统筹 change the days before a lead counts as 长期未跟进', async () => {
    await render(SUPERVISOR);
    const days = testId('lead-settings-days')!.querySelector<HTMLInputElement>('input')!;
    expect(days.value).toBe('30');
    const card = fixture.debugElement.query((d) => d.name === 'app-lead-settings-card')
      .componentInstance as { days: { setValue(v: number): void } };
    card.days.setValue(2);
    await fixture.whenStable();
    expect(testId('lead-settings-save')!.hasAttribute('disabled')).toBe(true);
    card.days.setValue(45);
    await fixture.whenStable();
    testId('lead-settings-save')!.click();
    const request = http.expectOne({ method: 'PUT', url: settingsUrl });
    expect(request.request.body).toEqual({ staleAfterDays: 45, concurrencyStamp: 'stamp-s' });
    request.flush({ staleAfterDays: 45, concurrencyStamp: 'stamp-s2' });
    expect(message.success).toHaveBeenCalled();
  });
});
