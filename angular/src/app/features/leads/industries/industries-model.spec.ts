import { INDUSTRIES, industryDto } from '../leads-test-data';
import {
  createIndustryForm,
  industryRequest,
  nextSortOrder,
  patchIndustryForm,
  targetLines,
} from './industries-model';

describe('industries model', () => {
  it('wants an upper-case code and a name', () => {
    const form = createIndustryForm();
    form.patchValue({ code: 'selenium', name: '富' });
    expect(form.controls.code.errors?.['pattern']).toBeTruthy();
    expect(form.controls.name.errors?.['minlength']).toBeTruthy();
    form.patchValue({ code: 'HEALTH_CARE', name: '康体养生休闲' });
    expect(form.valid).toBe(true);
  });

  it('keeps the code of an entry being edited, and sends one target per line', () => {
    const form = createIndustryForm();
    patchIndustryForm(form, industryDto());
    expect(form.controls.code.disabled).toBe(true);
    form.controls.targets.setValue(' 某某饮品集团 \n\n  某某水业\r\n');
    expect(industryRequest(form, 'stamp-i1')).toEqual({
      code: 'SELENIUM_WATER',
      name: '富硒矿泉水',
      chain: '水源地—灌装—物流',
      targets: '某某饮品集团\n某某水业',
      sortOrder: 20,
      isActive: true,
      concurrencyStamp: 'stamp-i1',
    });
  });

  it('puts a new entry after the last one', () => {
    expect(nextSortOrder(INDUSTRIES)).toBe(100);
    expect(nextSortOrder([])).toBe(10);
    expect(targetLines(null)).toEqual([]);
  });
});
