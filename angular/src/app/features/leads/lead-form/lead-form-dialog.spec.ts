import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import zh from '../../../../../public/i18n/zh-CN.json';
import {
  INDUSTRIES,
  MANAGER,
  SUPERVISOR,
  clearOverlays,
  leadDto,
  leadTestProviders,
} from '../leads-test-data';
import { LeadFormDialog } from './lead-form-dialog';
import { LeadForm } from './lead-form-model';

const url = '/api/leads';

describe('LeadFormDialog', () => {
  let fixture: ComponentFixture<LeadFormDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const saved = vi.fn();

  async function open(options: { supervisor?: boolean; edit?: boolean } = {}) {
    message.success.mockReset();
    message.error.mockReset();
    saved.mockReset();
    TestBed.configureTestingModule({
      imports: [LeadFormDialog],
      providers: leadTestProviders(options.supervisor ? SUPERVISOR : MANAGER, message),
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', zh);
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LeadFormDialog);
    fixture.componentRef.setInput('industries', INDUSTRIES);
    fixture.componentRef.setInput('owners', [
      { userId: 'u1', displayName: '张三' },
      { userId: 'u2', displayName: '李四' },
    ]);
    fixture.componentRef.setInput('canSupervise', !!options.supervisor);
    if (options.edit) {
      fixture.componentRef.setInput('lead', leadDto());
      fixture.componentRef.setInput('contactList', [
        { name: '李经理', title: '投资总监', phone: null, email: null },
      ]);
    }
    fixture.componentInstance.saved.subscribe(saved);
    await fixture.whenStable();
  }

  const form = () => (fixture.componentInstance as unknown as { form: LeadForm }).form;
  const q = <T extends HTMLElement = HTMLElement>(id: string) =>
    document.querySelector<T>(`[data-testid="${id}"]`);
  const type = async (id: string, text: string) => {
    const input = q<HTMLInputElement>(id)!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const click = async (id: string) => {
    q(id)!.click();
    await fixture.whenStable();
  };
  const errors = () =>
    [...document.querySelectorAll('[data-testid="lead-form"] .ant-form-item-explain-error')].map(
      (e) => e.textContent!.trim(),
    );
  const fill = async () => {
    await type('lead-company', '青海富硒泉饮品有限公司');
    await type('lead-intent', '富硒矿泉水生产线');
    form().patchValue({
      industryCode: 'SELENIUM_WATER',
      source: 'Fair',
      intendedInvestment: 12000,
    });
    await type('lead-source-detail', '第二十四届青洽会');
  };

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('shows every field, the active industries only, and no owner choice for a plain user', async () => {
    await open();
    for (const id of [
      'lead-company',
      'lead-credit-code',
      'lead-intent',
      'lead-industry',
      'lead-investment',
      'lead-source',
      'lead-source-detail',
      'lead-save',
    ]) {
      expect(q(id), id).not.toBeNull();
    }
    expect(q('lead-owner')).toBeNull();
    const options = (
      fixture.componentInstance as unknown as { industryOptions: () => { code: string }[] }
    )
      .industryOptions()
      .map((i) => i.code);
    expect(options).toEqual(['SELENIUM_PARK', 'SELENIUM_WATER']);
    expect(q('lead-duplicates')).toBeNull();
  });

  it('says in Chinese what is missing or malformed, and asks nothing of the server', async () => {
    await open();
    await click('lead-save');
    http.expectNone({ method: 'POST', url });
    expect(errors()).toEqual(['此项为必填项', '此项为必填项', '此项为必填项', '此项为必填项']);
    await fill();
    await type('lead-credit-code', '9163');
    await click('lead-contact-add');
    await type('lead-contact-phone', 'abc');
    await click('lead-save');
    http.expectNone({ method: 'POST', url });
    expect(errors()).toEqual([
      '统一社会信用代码应为 18 位数字或大写字母',
      '此项为必填项',
      '联系电话格式不正确',
    ]);
  });

  it('sends the lead with 万元 in yuan and its contacts, and hands the saved lead over', async () => {
    await open();
    await fill();
    await type('lead-credit-code', '91630200MA7XXXXX1A');
    await click('lead-contact-add');
    await type('lead-contact-name', '李经理');
    await type('lead-contact-phone', '0971-1234567');
    await click('lead-save');
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      companyName: '青海富硒泉饮品有限公司',
      creditCode: '91630200MA7XXXXX1A',
      projectIntent: '富硒矿泉水生产线',
      industryCode: 'SELENIUM_WATER',
      intendedInvestment: 120_000_000,
      source: 'Fair',
      sourceDetail: '第二十四届青洽会',
      contacts: [{ name: '李经理', title: null, phone: '0971-1234567', email: null }],
      ownerUserId: null,
      acknowledgeDuplicates: false,
      concurrencyStamp: null,
    });
    const answer = leadDto();
    request.flush(answer, { status: 201, statusText: 'Created' });
    expect(saved).toHaveBeenCalledWith(answer);
    expect(message.success).toHaveBeenCalled();
  });

  it('shows the possible duplicates on 409 and saves anyway once confirmed', async () => {
    await open();
    await fill();
    await click('lead-save');
    http.expectOne({ method: 'POST', url }).flush(
      {
        status: 409,
        code: 'Leads.PossibleDuplicate',
        detail:
          '发现疑似重复线索：青海富硒泉饮品有限责任公司（李四，洽谈）。确认不是同一企业后可继续提交。',
      },
      { status: 409, statusText: 'Conflict' },
    );
    const lookup = http.expectOne((r) => r.url === `${url}/duplicates`);
    expect(lookup.request.params.get('companyName')).toBe('青海富硒泉饮品有限公司');
    expect(lookup.request.params.has('creditCode')).toBe(false);
    lookup.flush([
      {
        id: 'l9',
        companyName: '青海富硒泉饮品有限责任公司',
        creditCode: null,
        ownerName: '李四',
        stage: 'Negotiation',
        stageName: '洽谈',
        sameCreditCode: false,
        matchedBy: '企业名称相近',
      },
    ]);
    await fixture.whenStable();
    const block = q('lead-duplicates')!;
    expect(block.textContent).toContain('青海富硒泉饮品有限责任公司');
    expect(block.textContent).toContain('负责人：李四');
    expect(block.textContent).toContain('洽谈');
    expect(block.textContent).toContain('企业名称相近');
    expect(saved).not.toHaveBeenCalled();
    expect(message.error).not.toHaveBeenCalled();

    await click('lead-save-anyway');
    const again = http.expectOne({ method: 'POST', url });
    expect(again.request.body.acknowledgeDuplicates).toBe(true);
    again.flush(leadDto(), { status: 201, statusText: 'Created' });
    expect(saved).toHaveBeenCalled();
  });

  it('puts the server’s field errors on their fields', async () => {
    await open();
    await fill();
    await type('lead-credit-code', '91630200MA7XXXXX1B');
    await click('lead-save');
    http.expectOne({ method: 'POST', url }).flush(
      {
        status: 400,
        title: '请求参数有误',
        errors: { creditCode: ['统一社会信用代码无效（校验位不正确）'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errors()).toEqual(['统一社会信用代码无效（校验位不正确）']);
    expect(saved).not.toHaveBeenCalled();
  });

  it('edits with the stamp, lets 统筹 choose the owner, and reports a stale edit', async () => {
    await open({ supervisor: true, edit: true });
    expect(q('lead-owner')).not.toBeNull();
    expect(q<HTMLInputElement>('lead-company')!.value).toBe('青海富硒泉饮品有限公司');
    form().controls.ownerUserId.setValue('u2');
    await click('lead-save');
    const request = http.expectOne({ method: 'PUT', url: `${url}/l1` });
    expect(request.request.body).toMatchObject({
      ownerUserId: 'u2',
      intendedInvestment: 120_000_000,
      concurrencyStamp: 'stamp-l1',
      contacts: [{ name: '李经理', title: '投资总监', phone: null, email: null }],
    });
    request.flush(
      { status: 409, code: 'Conflict', detail: '该线索已被他人修改，请刷新后重试。' },
      { status: 409, statusText: 'Conflict' },
    );
    expect(message.error).toHaveBeenCalledWith('该记录已被他人修改，请刷新后重试');
    expect(saved).toHaveBeenCalledWith(null);
  });
});
