import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormArray, FormGroup } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { AnnualPlanDto } from '../../../api/models/annual-plan-dto';
import { APP_ICONS } from '../../../core/icons';
import { PlanTargetsDialog, TargetRow } from './plan-targets-dialog';

const plan = (overrides: Partial<AnnualPlanDto> = {}): AnnualPlanDto => ({
  year: 2026,
  targets: [{ kind: 'AnnualInvestment', month: 12, value: 1_200_000_000 }],
  concurrencyStamp: null,
  entryCount: 0,
  plannedInvestment: 0,
  totalInvestment: 0,
  byType: [],
  entriesWithLateMilestones: 0,
  ...overrides,
});

describe('PlanTargetsDialog', () => {
  let fixture: ComponentFixture<PlanTargetsDialog>;
  let http: HttpTestingController;

  async function open(annual: AnnualPlanDto) {
    TestBed.configureTestingModule({
      imports: [PlanTargetsDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: { success: vi.fn(), error: vi.fn() } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanTargetsDialog);
    fixture.componentRef.setInput('plan', annual);
    await fixture.whenStable();
  }

  const dialog = () =>
    fixture.componentInstance as unknown as {
      rows: FormArray<TargetRow>;
      form: FormGroup;
      submit(): void;
    };
  const row = (kind: string) => dialog().rows.controls.find((r) => r.controls.kind.value === kind)!;

  it('shows the annual investment in 万元 and sends the switched-on targets (yuan) with a null stamp', async () => {
    await open(plan());
    expect(row('AnnualInvestment').controls.value.value).toBe(120_000);
    expect(row('NewStarted').controls.enabled.value).toBe(false);
    row('NewStarted').patchValue({ enabled: true, month: 6, value: 80 });
    dialog().submit();
    const request = http.expectOne({ method: 'PUT', url: '/api/reserve/plans/2026/targets' });
    expect(request.request.body).toEqual({
      targets: [
        { kind: 'NewStarted', month: 6, value: 80 },
        { kind: 'AnnualInvestment', month: 12, value: 1_200_000_000 },
      ],
      concurrencyStamp: null,
    });
  });

  it('refuses a rate above 100% or a month outside 1–12 only on switched-on rows', async () => {
    await open(plan({ concurrencyStamp: 's1' }));
    row('ContinuingResumed').patchValue({ value: 150 });
    row('ToStartStarted').patchValue({ enabled: true, month: 13, value: 50 });
    dialog().submit();
    http.expectNone('/api/reserve/plans/2026/targets');
    expect(row('ContinuingResumed').controls.value.disabled).toBe(true);
    expect(row('ToStartStarted').controls.month.errors).toHaveProperty('max');
  });
});
