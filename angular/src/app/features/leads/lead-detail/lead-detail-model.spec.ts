import { leadDto } from '../leads-test-data';
import {
  createFollowUpForm,
  createSignForm,
  followUpRequest,
  notAfter,
  signRequest,
} from './lead-detail-model';
import { FormControl } from '@angular/forms';

const today = new Date(2026, 4, 10);

describe('lead detail model', () => {
  it('refuses a day after today', () => {
    expect(new FormControl(new Date(2026, 4, 11), notAfter(today)).errors).toEqual({
      future: true,
    });
    expect(new FormControl(new Date(2026, 4, 10, 23), notAfter(today)).errors).toBeNull();
  });

  it('wants a date for a next action, not before the follow-up, and clears the error once fixed', () => {
    const form = createFollowUpForm(today);
    form.patchValue({ kind: 'Call', people: '张三', notes: '确认行程', nextAction: '考察' });
    expect(form.errors).toEqual({ nextDateRequired: true });
    expect(form.controls.nextActionOn.errors).toEqual({ nextDateRequired: true });
    form.controls.nextActionOn.setValue(new Date(2026, 4, 1));
    expect(form.errors).toEqual({ nextDateBeforeOccurred: true });
    form.controls.nextActionOn.setValue(new Date(2026, 4, 12));
    expect(form.errors).toBeNull();
    expect(form.controls.nextActionOn.errors).toBeNull();
    expect(form.valid).toBe(true);
    expect(followUpRequest(form)).toEqual({
      kind: 'Call',
      occurredOn: '2026-05-10',
      people: '张三',
      notes: '确认行程',
      nextAction: '考察',
      nextActionOn: '2026-05-12',
    });
  });

  it('sends no next action when none is planned', () => {
    const form = createFollowUpForm(today);
    form.patchValue({ kind: 'Visit', people: '张三', notes: '登门拜访', nextAction: '  ' });
    expect(form.valid).toBe(true);
    expect(followUpRequest(form)).toMatchObject({ nextAction: null, nextActionOn: null });
  });

  it('signs in yuan with the defaults taken from the lead', () => {
    const form = createSignForm(leadDto({ sourceDetail: null }), today);
    expect(form.getRawValue()).toMatchObject({
      signingEvent: '',
      projectName: '富硒矿泉水生产线',
    });
    form.patchValue({
      contractNumber: 'HD-2026-018',
      contractedAmount: 0.01,
      responsibleDepartmentId: 'd1',
    });
    expect(form.valid).toBe(true);
    expect(signRequest(form, 's1')).toEqual({
      contractNumber: 'HD-2026-018',
      signedOn: '2026-05-10',
      signingEvent: null,
      contractedAmount: 100,
      projectName: '富硒矿泉水生产线',
      responsibleDepartmentId: 'd1',
      concurrencyStamp: 's1',
    });
    form.controls.contractedAmount.setValue(0);
    expect(form.controls.contractedAmount.errors).toEqual({ positive: true });
  });
});
