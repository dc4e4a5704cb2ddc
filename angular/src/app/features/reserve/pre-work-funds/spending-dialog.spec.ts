import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { PreWorkAllocationDto } from '../../../api/models/pre-work-allocation-dto';
import { APP_ICONS } from '../../../core/icons';
import { SpendingDialog } from './spending-dialog';

const allocation = {
  id: 'a1',
  projectId: 'p1',
  projectName: '乐都路',
  purpose: '可研编制',
} as PreWorkAllocationDto;

describe('SpendingDialog', () => {
  let fixture: ComponentFixture<SpendingDialog>;
  let http: HttpTestingController;

  async function open() {
    TestBed.configureTestingModule({
      imports: [SpendingDialog],
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
    fixture = TestBed.createComponent(SpendingDialog);
    fixture.componentRef.setInput('allocation', allocation);
    await fixture.whenStable();
  }

  const dialog = () => fixture.componentInstance as unknown as { form: FormGroup; submit(): void };
  const url = '/api/reserve/pre-work-funds/allocations/a1/spendings';

  it('refuses a date in the future', async () => {
    await open();
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    dialog().form.patchValue({ date: tomorrow, amount: 1, description: '付款' });
    dialog().submit();
    http.expectNone(url);
    expect(dialog().form.controls['date'].errors).toEqual({ futureDate: true });
  });

  it('records a spending in yuan with the date as YYYY-MM-DD', async () => {
    await open();
    expect(document.querySelector('[data-testid="funds-spending-dialog"]')).not.toBeNull();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog().form.patchValue({
      date: new Date(2024, 11, 31),
      amount: 2.5,
      description: ' 首付款 ',
    });
    dialog().submit();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      date: '2024-12-31',
      amount: 25000,
      description: '首付款',
    });
    request.flush({ year: 2024 });
    expect(saved).toHaveBeenCalledWith({ year: 2024 });
  });

  it('requires an amount above zero and a description', async () => {
    await open();
    dialog().form.patchValue({ amount: -1, description: '  ' });
    dialog().submit();
    http.expectNone(url);
    expect(dialog().form.controls['amount'].errors).toHaveProperty('positive');
    expect(dialog().form.controls['description'].errors).toHaveProperty('required');
  });
});
