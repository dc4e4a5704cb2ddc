import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SUPERVISOR, clearOverlays, leadDto, leadTestProviders } from '../leads-test-data';
import { AssignDialog } from './assign-dialog';

const url = '/api/leads/l1/assign';

describe('AssignDialog', () => {
  let fixture: ComponentFixture<AssignDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const saved = vi.fn();

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('starts from the current owner and hands the lead to the chosen one', async () => {
    TestBed.configureTestingModule({
      imports: [AssignDialog],
      providers: leadTestProviders(SUPERVISOR, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AssignDialog);
    fixture.componentRef.setInput('lead', leadDto());
    fixture.componentRef.setInput('owners', [
      { userId: 'u1', displayName: '张三' },
      { userId: 'u2', displayName: '李四' },
    ]);
    fixture.componentInstance.saved.subscribe(saved);
    await fixture.whenStable();
    const form = (
      fixture.componentInstance as unknown as {
        form: { value: unknown; setValue(v: unknown): void };
      }
    ).form;
    expect(form.value).toEqual({ ownerUserId: 'u1' });
    form.setValue({ ownerUserId: 'u2' });
    document.querySelector<HTMLElement>('[data-testid="assign-save"]')!.click();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({ ownerUserId: 'u2', concurrencyStamp: 'stamp-l1' });
    request.flush(leadDto({ ownerUserId: 'u2', ownerName: '李四' }));
    expect(saved).toHaveBeenCalled();
  });
});
