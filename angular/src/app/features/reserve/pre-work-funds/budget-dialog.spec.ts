import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { PreWorkFundsDto } from '../../../api/models/pre-work-funds-dto';
import { APP_ICONS } from '../../../core/icons';
import { BudgetDialog } from './budget-dialog';

const funds = {
  year: 2025,
  budget: 5_000_000,
  concurrencyStamp: 'stamp-1',
} as PreWorkFundsDto;

describe('BudgetDialog', () => {
  let fixture: ComponentFixture<BudgetDialog>;
  let http: HttpTestingController;
  let message: { success: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn> };

  async function open() {
    message = { success: vi.fn(), error: vi.fn() };
    TestBed.configureTestingModule({
      imports: [BudgetDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BudgetDialog);
    fixture.componentRef.setInput('funds', funds);
    await fixture.whenStable();
  }

  const dialog = () => fixture.componentInstance as unknown as { form: FormGroup; submit(): void };
  const url = '/api/reserve/pre-work-funds/2025/budget';

  it('starts from the loaded budget and sends yuan with the concurrency stamp', async () => {
    await open();
    expect(dialog().form.controls['budget'].value).toBe(500);
    dialog().form.patchValue({ budget: 800.5 });
    dialog().submit();
    const request = http.expectOne({ method: 'PUT', url });
    expect(request.request.body).toEqual({ budget: 8_005_000, concurrencyStamp: 'stamp-1' });
  });

  it('refuses a negative budget', async () => {
    await open();
    dialog().form.patchValue({ budget: -1 });
    dialog().submit();
    http.expectNone(url);
    expect(dialog().form.controls['budget'].errors).toHaveProperty('min');
  });

  it('says the record changed and asks for a reload after a 409', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog().submit();
    http.expectOne(url).flush({ status: 409 }, { status: 409, statusText: 'Conflict' });
    expect(message.error).toHaveBeenCalledWith('errors.concurrency');
    expect(saved).toHaveBeenCalledWith(null);
  });
});
