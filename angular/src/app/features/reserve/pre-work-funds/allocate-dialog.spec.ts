import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { AllocateDialog } from './allocate-dialog';

describe('AllocateDialog', () => {
  let fixture: ComponentFixture<AllocateDialog>;
  let http: HttpTestingController;
  let message: { success: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn> };

  async function open() {
    message = { success: vi.fn(), error: vi.fn() };
    TestBed.configureTestingModule({
      imports: [AllocateDialog],
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
    fixture = TestBed.createComponent(AllocateDialog);
    fixture.componentRef.setInput('year', 2025);
    await fixture.whenStable();
    const projects = http.match((r) => r.url === '/api/reserve/projects');
    expect(projects.map((r) => r.request.params.get('state'))).toEqual([
      'Reserve',
      'PreConstruction',
    ]);
    expect(projects.every((r) => r.request.params.get('pageSize') === '200')).toBe(true);
    projects.forEach((r, i) =>
      r.flush({ items: [{ id: `p${i}`, name: `项目${i}` }], totalCount: 1 }),
    );
    await fixture.whenStable();
  }

  const dialog = () => fixture.componentInstance as unknown as { form: FormGroup; submit(): void };

  it('sends the amount in yuan and the date as YYYY-MM-DD', async () => {
    await open();
    expect(document.querySelector('[data-testid="funds-allocate-dialog"]')).not.toBeNull();
    expect(dialog().form.controls['allocatedOn'].value).toBeInstanceOf(Date);
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog().form.patchValue({
      projectId: 'p1',
      amount: 1234.56,
      purpose: ' 可研编制 ',
      allocatedOn: new Date(2025, 2, 9, 18, 30),
    });
    dialog().submit();
    const request = http.expectOne({
      method: 'POST',
      url: '/api/reserve/pre-work-funds/2025/allocations',
    });
    expect(request.request.body).toEqual({
      projectId: 'p1',
      amount: 12_345_600,
      purpose: '可研编制',
      allocatedOn: '2025-03-09',
    });
    request.flush({ year: 2025 });
    expect(saved).toHaveBeenCalledWith({ year: 2025 });
  });

  it('validates the fields before sending', async () => {
    await open();
    dialog().form.patchValue({ amount: 0, purpose: 'x'.repeat(201) });
    dialog().submit();
    http.expectNone('/api/reserve/pre-work-funds/2025/allocations');
    expect(dialog().form.controls['projectId'].errors).toHaveProperty('required');
    expect(dialog().form.controls['amount'].errors).toHaveProperty('positive');
    expect(dialog().form.controls['purpose'].errors).toHaveProperty('maxlength');
  });

  it('shows the detail of a 422 problem', async () => {
    await open();
    dialog().form.patchValue({ projectId: 'p1', amount: 1, purpose: '勘察' });
    dialog().submit();
    http
      .expectOne('/api/reserve/pre-work-funds/2025/allocations')
      .flush(
        { status: 422, code: 'Reserve.AllocationExceedsBudget', detail: '安排金额超过未安排余额' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    expect(message.error).toHaveBeenCalledWith('安排金额超过未安排余额');
  });
});
