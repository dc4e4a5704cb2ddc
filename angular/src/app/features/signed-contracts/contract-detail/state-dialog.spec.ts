import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { FulfilmentState } from '../../../api/models/fulfilment-state';
import {
  MANAGE,
  clearOverlays,
  contractDetail,
  contractItem,
  testProviders,
} from '../contracts-test-data';
import { StateDialog } from './state-dialog';

const url = '/api/signed-contracts/c1/state';

describe('StateDialog', () => {
  let fixture: ComponentFixture<StateDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const dialog = () =>
    fixture.componentInstance as unknown as { form: FormGroup; options(): FulfilmentState[] };
  const q = <T extends HTMLElement>(id: string) =>
    document.querySelector<T>(`[data-testid="${id}"]`)!;
  const errors = () =>
    [...document.querySelectorAll('[data-testid="state-dialog"] .ant-form-item-explain-error')].map(
      (e) => e.textContent!.trim(),
    );

  async function open(state: FulfilmentState) {
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [StateDialog],
      providers: testProviders(MANAGE, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StateDialog);
    fixture.componentRef.setInput('contract', contractItem({ fulfilmentState: state }));
    await fixture.whenStable();
  }

  const save = async () => {
    q('state-save').click();
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('offers only the states the current one may move to', async () => {
    await open('Preparing');
    expect(q('state-select')).not.toBeNull();
    expect(dialog().options()).toEqual(['UnderConstruction', 'Stalled', 'Terminated']);
    TestBed.resetTestingModule();
    await open('Stalled');
    expect(dialog().options()).toEqual([
      'Preparing',
      'UnderConstruction',
      'Producing',
      'Terminated',
    ]);
  });

  it('lists the allowed states in the open select', async () => {
    await open('Producing');
    q('state-select').querySelector<HTMLElement>('.ant-select-selector')!.click();
    await fixture.whenStable();
    const labels = [...document.querySelectorAll('nz-option-item')].map((o) =>
      o.textContent!.trim(),
    );
    expect(labels).toEqual(['contracts.states.Stalled']);
  });

  it('wants a reason for 停滞 and sends it', async () => {
    await open('Preparing');
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog().form.patchValue({ state: 'Stalled' });
    await save();
    http.expectNone(url);
    expect(errors()).toEqual(['validation.required']);
    const reason = q<HTMLTextAreaElement>('state-reason');
    reason.value = ' 企业资金链紧张 ';
    reason.dispatchEvent(new Event('input'));
    await save();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({ state: 'Stalled', reason: '企业资金链紧张' });
    const answer = contractDetail({ fulfilmentState: 'Stalled' });
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
  });

  it('moves on without a reason, and shows a refusal in Chinese', async () => {
    await open('Preparing');
    dialog().form.patchValue({ state: 'UnderConstruction' });
    await save();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({ state: 'UnderConstruction', reason: null });
    request.flush(
      { status: 422, detail: '履约状态不能从“前期推进”变为“已投产”' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    expect(message.error).toHaveBeenCalledWith('履约状态不能从“前期推进”变为“已投产”');
  });
});
