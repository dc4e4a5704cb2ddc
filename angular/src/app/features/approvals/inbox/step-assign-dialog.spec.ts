import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DECIDE, approvalTestProviders, clearOverlays, step, task } from '../approvals-test-data';
import { StepAssignDialog } from './step-assign-dialog';

describe('StepAssignDialog', () => {
  let fixture: ComponentFixture<StepAssignDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const saved = vi.fn();

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('offers the colleagues but the current handler and hands the step to the chosen one', async () => {
    TestBed.configureTestingModule({
      imports: [StepAssignDialog],
      providers: approvalTestProviders(DECIDE, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StepAssignDialog);
    fixture.componentRef.setInput('task', task({ handlerId: 'u1', handlerName: '张三' }));
    fixture.componentInstance.saved.subscribe(saved);
    fixture.detectChanges();
    http.expectOne('/api/approvals/colleagues').flush([
      { userId: 'u1', displayName: '张三' },
      { userId: 'u2', displayName: '李四' },
    ]);
    await fixture.whenStable();
    const component = fixture.componentInstance as unknown as {
      colleagues: () => { userId: string }[];
      form: { setValue(v: unknown): void };
    };
    expect(component.colleagues().map((c) => c.userId)).toEqual(['u2']);

    document.querySelector<HTMLElement>('[data-testid="assign-submit"]')!.click();
    http.expectNone('/api/approvals/steps/s-eia/assignment');

    component.form.setValue({ userId: 'u2' });
    document.querySelector<HTMLElement>('[data-testid="assign-submit"]')!.click();
    const request = http.expectOne({
      method: 'POST',
      url: '/api/approvals/steps/s-eia/assignment',
    });
    expect(request.request.body).toEqual({ userId: 'u2', concurrencyStamp: 'stamp-eia' });
    request.flush(step({ id: 's-eia', handlerId: 'u2', handlerName: '李四' }));
    expect(saved).toHaveBeenCalledWith(expect.objectContaining({ handlerName: '李四' }));
  });
});
