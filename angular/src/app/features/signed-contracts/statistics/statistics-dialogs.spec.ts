import { HttpTestingController } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import {
  MANAGE,
  VIEW,
  clearOverlays,
  contractItem,
  contractStatistics,
  testProviders,
} from '../contracts-test-data';
import { ContractSettingsCard } from './contract-settings-card';
import { DefinitionDialog } from './definition-dialog';
import { StatisticsContractsDialog } from './statistics-contracts-dialog';

const message = { success: vi.fn(), error: vi.fn() };
const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

function setUp<T>(component: Type<T>, permissions = MANAGE) {
  TestBed.configureTestingModule({
    imports: [component],
    providers: testProviders(permissions, message),
  });
  return {
    http: TestBed.inject(HttpTestingController),
    fixture: TestBed.createComponent(component),
  };
}

afterEach(() => clearOverlays());

describe('StatisticsContractsDialog', () => {
  it('lists the contracts behind the figure with its filters, a page at a time', async () => {
    const { http, fixture } = setUp(StatisticsContractsDialog, VIEW);
    fixture.componentRef.setInput('year', 2026);
    fixture.componentRef.setInput('drillDown', {
      measure: 'noFunds',
      filters: { signingEvent: null, industryCode: 'SELENIUM', departmentId: null },
    });
    await fixture.whenStable();
    const request = http.expectOne((r) => r.url === '/api/signed-contracts/statistics/contracts');
    expect(request.request.params.get('measure')).toBe('noFunds');
    expect(request.request.params.get('industryCode')).toBe('SELENIUM');
    expect(request.request.params.has('signingEvent')).toBe(false);
    expect(request.request.params.get('pageSize')).toBe('10');
    request.flush({ items: [contractItem()], totalCount: 1 });
    await fixture.whenStable();
    const rows = document.querySelectorAll('[data-testid="stat-contract-row"]');
    expect(rows.length).toBe(1);
    expect(rows[0].textContent).toContain('50,000.00');
    expect(rows[0].querySelector('a')!.getAttribute('href')).toBe('/signed-contracts/c1');
    http.verify();
  });
});

describe('DefinitionDialog', () => {
  it('sends the edited definition of its code', async () => {
    const { http, fixture } = setUp(DefinitionDialog);
    const definition = contractStatistics(2026).definitions[0];
    fixture.componentRef.setInput('definition', definition);
    await fixture.whenStable();
    const form = (fixture.componentInstance as unknown as { form: FormGroup }).form;
    expect(form.value.numerator).toBe('履约项目数');
    form.patchValue({ scope: ' 当年签约项目，不含终止 ' });
    q('definition-save')!.click();
    await fixture.whenStable();
    const request = http.expectOne({
      method: 'PUT',
      url: '/api/signed-contracts/statistics/definitions/FulfilmentRate',
    });
    expect(request.request.body).toEqual({
      name: '履约率',
      numerator: '履约项目数',
      denominator: '签约项目数',
      scope: '当年签约项目，不含终止',
    });
    request.flush({ ...definition, version: 2 });
    http.verify();
  });
});

describe('ContractSettingsCard', () => {
  const settings = { milestoneReminderDays: 15, noFundsAfterDays: 90, concurrencyStamp: 's1' };

  it('shows the settings read-only to readers', async () => {
    const { http, fixture } = setUp(ContractSettingsCard, VIEW);
    await fixture.whenStable();
    http.expectOne('/api/signed-contracts/settings').flush(settings);
    await fixture.whenStable();
    const form = (fixture.componentInstance as unknown as { form: FormGroup }).form;
    expect(form.disabled).toBe(true);
    expect(form.getRawValue()).toEqual({ milestoneReminderDays: 15, noFundsAfterDays: 90 });
    expect(q('settings-save')).toBeNull();
    http.verify();
  });

  it('checks the ranges and saves with the concurrency stamp', async () => {
    const { http, fixture } = setUp(ContractSettingsCard);
    await fixture.whenStable();
    http.expectOne('/api/signed-contracts/settings').flush(settings);
    await fixture.whenStable();
    const form = (fixture.componentInstance as unknown as { form: FormGroup }).form;
    form.patchValue({ noFundsAfterDays: 3 });
    q('settings-save')!.click();
    await fixture.whenStable();
    http.expectNone({ method: 'PUT' });
    expect(
      document.querySelector('[data-testid="settings-card"] .ant-form-item-explain-error')!
        .textContent,
    ).toContain('contracts.validation.min');
    form.patchValue({ noFundsAfterDays: 120 });
    q('settings-save')!.click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'PUT', url: '/api/signed-contracts/settings' });
    expect(request.request.body).toEqual({
      milestoneReminderDays: 15,
      noFundsAfterDays: 120,
      concurrencyStamp: 's1',
    });
    request.flush({ ...settings, noFundsAfterDays: 120, concurrencyStamp: 's2' });
    http.verify();
  });
});
