import {
  contractFields,
  createContractForm,
  createContractRequest,
  createFundsForm,
  createLandingForm,
  createStateForm,
  fillContractForm,
  fundsBody,
  landingRequest,
} from './contract-forms';
import { contractItem } from './contracts-test-data';

describe('contract forms', () => {
  it('sends the contract with trimmed texts, the amount in yuan and only the planned milestones', () => {
    const form = createContractForm();
    form.patchValue({
      projectName: ' 富硒生态旅游文化产业园 ',
      companyName: '青海富硒文旅发展有限公司',
      creditCode: '91630100ma752xkq5x',
      signedOn: new Date(2026, 4, 20, 10, 30),
      signingEvent: '  ',
      industryCode: 'SELENIUM',
      contractedAmount: 50_000.5,
      responsibleDepartmentId: 'd-invest',
      milestones: { LandSupply: new Date(2026, 6, 1) },
    });
    expect(form.valid).toBe(true);
    expect(createContractRequest(form)).toEqual({
      projectName: '富硒生态旅游文化产业园',
      companyName: '青海富硒文旅发展有限公司',
      creditCode: '91630100MA752XKQ5X',
      signedOn: '2026-05-20',
      signingEvent: null,
      industryCode: 'SELENIUM',
      contractedAmount: 500_005_000,
      responsibleDepartmentId: 'd-invest',
      milestones: [{ kind: 'LandSupply', plannedOn: '2026-07-01' }],
    });
  });

  it('fills the form from a contract in 万元 and sends it back unchanged', () => {
    const form = createContractForm();
    fillContractForm(form, contractItem());
    expect(form.controls.contractedAmount.value).toBe(50_000);
    expect(contractFields(form)).toMatchObject({
      signedOn: '2026-05-20',
      contractedAmount: 500_000_000,
      signingEvent: '第二十四届青洽会',
    });
  });

  it('builds the funds upload with the amount in yuan and the file', () => {
    const form = createFundsForm();
    const file = new File(['%PDF'], '回单.pdf', { type: 'application/pdf' });
    form.patchValue({ arrivedOn: new Date(2026, 5, 10), amount: 1234.5, note: '', file });
    expect(fundsBody(form)).toEqual({
      arrivedOn: '2026-06-10',
      amount: 12_345_000,
      kind: 'BankVoucher',
      file,
    });
  });

  it('wants a reason for 停滞 and 终止 only', () => {
    const form = createStateForm();
    form.controls.state.setValue('UnderConstruction');
    expect(form.valid).toBe(true);
    form.controls.state.setValue('Stalled');
    expect(form.controls.reason.errors).toEqual({ required: true });
    form.controls.reason.setValue('企业资金链紧张');
    expect(form.valid).toBe(true);
  });

  it('lands as a new project or links an existing one', () => {
    const form = createLandingForm();
    form.patchValue({ plannedStart: new Date(2026, 8, 1) });
    expect(landingRequest(form)).toEqual({ linkProjectId: null, plannedStart: '2026-09-01' });
    form.controls.mode.setValue('link');
    expect(form.valid).toBe(false);
    form.controls.linkProjectId.setValue('p9');
    expect(landingRequest(form)).toEqual({ linkProjectId: 'p9', plannedStart: null });
  });
});
