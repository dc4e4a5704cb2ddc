import { leadDto, INDUSTRIES } from '../leads-test-data';
import {
  contactRow,
  createLeadForm,
  leadRequest,
  patchLeadForm,
  revealLeadForm,
  selectableIndustries,
} from './lead-form-model';

describe('lead form model', () => {
  const filled = () => {
    const form = createLeadForm();
    form.patchValue({
      companyName: '  青海富硒泉饮品有限公司 ',
      creditCode: ' 91630200ma7xxxxx1a ',
      projectIntent: ' 富硒矿泉水生产线 ',
      industryCode: 'SELENIUM_WATER',
      intendedInvestment: 12_000.5,
      source: 'Fair',
      sourceDetail: '  ',
      ownerUserId: 'u2',
    });
    form.controls.contacts.push(
      contactRow({ name: ' 李经理 ', title: '', phone: '0971-1234567', email: '' }),
    );
    return form;
  };

  it('sends trimmed texts, the credit code in capitals, blanks as null and 万元 as yuan', () => {
    const form = filled();
    form.controls.creditCode.setValue('91630200MA7XXXXX1A');
    expect(
      leadRequest(form, {
        canSupervise: false,
        acknowledgeDuplicates: false,
        concurrencyStamp: null,
      }),
    ).toEqual({
      companyName: '青海富硒泉饮品有限公司',
      creditCode: '91630200MA7XXXXX1A',
      projectIntent: '富硒矿泉水生产线',
      industryCode: 'SELENIUM_WATER',
      intendedInvestment: 120_005_000,
      source: 'Fair',
      sourceDetail: null,
      contacts: [{ name: '李经理', title: null, phone: '0971-1234567', email: null }],
      ownerUserId: null,
      acknowledgeDuplicates: false,
      concurrencyStamp: null,
    });
  });

  it('sends the chosen owner only for 统筹, and the acknowledgement and stamp when given', () => {
    const form = filled();
    expect(
      leadRequest(form, {
        canSupervise: true,
        acknowledgeDuplicates: true,
        concurrencyStamp: 's1',
      }),
    ).toMatchObject({ ownerUserId: 'u2', acknowledgeDuplicates: true, concurrencyStamp: 's1' });
  });

  it('checks the company, the credit code, the intent, the industry and the contacts', () => {
    const form = createLeadForm();
    expect(revealLeadForm(form)).toBe(true);
    expect(form.controls.companyName.errors).toEqual({ required: true });
    expect(form.controls.industryCode.errors).toEqual({ required: true });
    expect(form.controls.source.errors).toEqual({ required: true });
    form.controls.companyName.setValue('青');
    expect(form.controls.companyName.errors?.['minlength']).toBeTruthy();
    form.controls.creditCode.setValue('9163');
    expect(form.controls.creditCode.errors?.['pattern']).toBeTruthy();
    form.controls.creditCode.setValue('');
    expect(form.controls.creditCode.errors).toBeNull();
    const row = contactRow();
    form.controls.contacts.push(row);
    row.controls.phone.setValue('abc');
    row.controls.email.setValue('not-an-email');
    expect(row.controls.name.errors).toEqual({ required: true });
    expect(row.controls.phone.errors?.['pattern']).toBeTruthy();
    expect(row.controls.email.errors?.['email']).toBeTruthy();
    const valid = filled();
    expect(revealLeadForm(valid)).toBe(true); // lower-case credit code is refused
    valid.controls.creditCode.setValue('91630200MA7XXXXX1A');
    expect(revealLeadForm(valid)).toBe(false);
  });

  it('fills the form from a lead in 万元', () => {
    const form = createLeadForm();
    patchLeadForm(form, leadDto(), [{ name: '李经理', title: '总监', phone: null, email: null }]);
    expect(form.getRawValue()).toMatchObject({
      companyName: '青海富硒泉饮品有限公司',
      intendedInvestment: 12_000,
      sourceDetail: '第二十四届青洽会',
      ownerUserId: 'u1',
      contacts: [{ name: '李经理', title: '总监', phone: '', email: '' }],
    });
  });

  it('offers the active industries, and a retired one only to the lead filed under it', () => {
    expect(selectableIndustries(INDUSTRIES, null).map((i) => i.code)).toEqual([
      'SELENIUM_PARK',
      'SELENIUM_WATER',
    ]);
    expect(selectableIndustries(INDUSTRIES, 'OLD_TRADE').map((i) => i.code)).toContain('OLD_TRADE');
  });
});
