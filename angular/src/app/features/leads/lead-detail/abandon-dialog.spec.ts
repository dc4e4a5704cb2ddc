import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MANAGER, clearOverlays, leadDto, leadTestProviders } from '../leads-test-data';
import { AbandonDialog } from './abandon-dialog';

const url = '/api/leads/l1/stage';

describe('AbandonDialog', () => {
  let fixture: ComponentFixture<AbandonDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const saved = vi.fn();

  async function open() {
    saved.mockReset();
    TestBed.configureTestingModule({
      imports: [AbandonDialog],
      providers: leadTestProviders(MANAGER, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AbandonDialog);
    fixture.componentRef.setInput('lead', leadDto());
    fixture.componentInstance.saved.subscribe(saved);
    await fixture.whenStable();
  }

  const q = <T extends HTMLElement = HTMLElement>(id: string) =>
    document.querySelector<T>(`[data-testid="${id}"]`);

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('wants a reason, then abandons the lead with it', async () => {
    await open();
    q('abandon-save')!.click();
    await fixture.whenStable();
    http.expectNone({ method: 'POST', url });
    expect(document.querySelector('.ant-form-item-explain-error')!.textContent).toContain(
      'validation.required',
    );
    const reason = q<HTMLTextAreaElement>('abandon-reason')!;
    reason.value = ' 企业转投外省 ';
    reason.dispatchEvent(new Event('input'));
    q('abandon-save')!.click();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      stage: 'Abandoned',
      reason: '企业转投外省',
      concurrencyStamp: 'stamp-l1',
    });
    request.flush(leadDto({ stage: 'Abandoned' }));
    expect(saved).toHaveBeenCalled();
  });
});
