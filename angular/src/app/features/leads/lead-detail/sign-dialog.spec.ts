import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import zh from '../../../../../public/i18n/zh-CN.json';
import { MANAGER, clearOverlays, leadDto, leadTestProviders } from '../leads-test-data';
import { SignForm } from './lead-detail-model';
import { SignDialog } from './sign-dialog';

const url = '/api/leads/l1/sign';

describe('SignDialog', () => {
  let fixture: ComponentFixture<SignDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const saved = vi.fn();

  async function open() {
    message.error.mockReset();
    saved.mockReset();
    TestBed.configureTestingModule({
      imports: [SignDialog],
      providers: leadTestProviders(MANAGER, message),
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', zh);
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SignDialog);
    fixture.componentRef.setInput('lead', leadDto({ stage: 'Negotiation' }));
    fixture.componentInstance.saved.subscribe(saved);
    await fixture.whenStable();
    http
      .expectOne('/api/identity/department-options')
      .flush([{ id: 'd-ipb', code: 'IPB', name: '区招商局', isTown: false, parentId: null }]);
    await fixture.whenStable();
  }

  const form = () => (fixture.componentInstance as unknown as { form: SignForm }).form;
  const q = <T extends HTMLElement = HTMLElement>(id: string) =>
    document.querySelector<T>(`[data-testid="${id}"]`);
  const type = async (id: string, text: string) => {
    const input = q<HTMLInputElement>(id)!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const save = async () => {
    q('sign-save')!.click();
    await fixture.whenStable();
  };
  const errors = () =>
    [...document.querySelectorAll('[data-testid="sign-dialog"] .ant-form-item-explain-error')].map(
      (e) => e.textContent!.trim(),
    );

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('proposes the lead’s fair as the event and its intent as the project', async () => {
    await open();
    for (const id of ['sign-number', 'sign-date', 'sign-amount', 'sign-department', 'sign-save']) {
      expect(q(id), id).not.toBeNull();
    }
    expect(q<HTMLInputElement>('sign-event')!.value).toBe('第二十四届青洽会');
    expect(q<HTMLInputElement>('sign-project')!.value).toBe('富硒矿泉水生产线');
  });

  it('wants the number, the amount and the unit, and no signing in the future', async () => {
    await open();
    form().controls.signedOn.setValue(new Date(2999, 0, 1));
    await save();
    http.expectNone({ method: 'POST', url });
    expect(errors()).toEqual([
      '此项为必填项',
      '签约日期不能晚于今天',
      '此项为必填项',
      '此项为必填项',
    ]);
    form().controls.contractedAmount.setValue(0);
    await save();
    expect(errors()).toContain('协议投资额须大于 0');
    http.expectNone({ method: 'POST', url });
  });

  it('signs with the amount in yuan, the day and the stamp', async () => {
    await open();
    await type('sign-number', ' HD-2026-018 ');
    form().patchValue({
      signedOn: new Date(2026, 4, 20, 10),
      contractedAmount: 15_000.25,
      responsibleDepartmentId: 'd-ipb',
    });
    await save();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      contractNumber: 'HD-2026-018',
      signedOn: '2026-05-20',
      signingEvent: '第二十四届青洽会',
      contractedAmount: 150_002_500,
      projectName: '富硒矿泉水生产线',
      responsibleDepartmentId: 'd-ipb',
      concurrencyStamp: 'stamp-l1',
    });
    request.flush(leadDto({ stage: 'Contracted', contractId: 'c1' }));
    expect(saved).toHaveBeenCalled();
  });

  it('puts a taken contract number on its field', async () => {
    await open();
    await type('sign-number', 'HD-2026-001');
    form().patchValue({ contractedAmount: 100, responsibleDepartmentId: 'd-ipb' });
    await save();
    http
      .expectOne({ method: 'POST', url })
      .flush(
        { status: 400, title: '请求参数有误', errors: { contractNumber: ['合同编号已存在'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(errors()).toEqual(['合同编号已存在']);
    expect(saved).not.toHaveBeenCalled();
  });
});
