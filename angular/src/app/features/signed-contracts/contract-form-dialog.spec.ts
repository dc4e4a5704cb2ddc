import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Api } from '../../api/api';
import { DepartmentOptionDto } from '../../api/models/department-option-dto';
import { IndustryDto } from '../../api/models/industry-dto';
import { shanghaiToday } from '../../shared/dates';
import { ContractFormDialog } from './contract-form-dialog';
import { ContractForm } from './contract-forms';
import { ContractOptions } from './contract-options';
import { MANAGE, clearOverlays, contractDetail, testProviders } from './contracts-test-data';

const url = '/api/signed-contracts';

describe('ContractFormDialog', () => {
  let fixture: ComponentFixture<ContractFormDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(detail: ReturnType<typeof contractDetail> | null = null) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [ContractFormDialog],
      providers: testProviders(MANAGE, message),
    });
    http = TestBed.inject(HttpTestingController);
    const options = new ContractOptions(TestBed.inject(Api), () => undefined);
    options.industries.set([
      { code: 'SELENIUM', name: '富硒产业园', isActive: true } as IndustryDto,
      { code: 'OLD', name: '已停用产业', isActive: false } as IndustryDto,
    ]);
    options.departments.set([{ id: 'd-invest', name: '区招商局' } as DepartmentOptionDto]);
    fixture = TestBed.createComponent(ContractFormDialog);
    fixture.componentRef.setInput('options', options);
    fixture.componentRef.setInput('detail', detail);
    await fixture.whenStable();
  }

  const dialog = () =>
    fixture.componentInstance as unknown as {
      form: ContractForm;
      industries(): IndustryDto[];
      afterToday(day: Date): boolean;
    };
  const q = <T extends HTMLElement>(id: string) =>
    document.querySelector<T>(`[data-testid="${id}"]`)!;
  const type = async (id: string, text: string) => {
    const input = q<HTMLInputElement>(id);
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const save = async () => {
    q('contract-save').click();
    await fixture.whenStable();
  };
  const errors = () =>
    [
      ...document.querySelectorAll(
        '[data-testid="contract-form-dialog"] .ant-form-item-explain-error',
      ),
    ].map((e) => e.textContent!.trim());
  const fill = async () => {
    await type('contract-project', ' 富硒生态旅游文化产业园 ');
    await type('contract-company', '青海富硒文旅发展有限公司');
    await type('contract-event', '第二十四届青洽会');
    dialog().form.patchValue({
      signedOn: new Date(2026, 4, 20),
      industryCode: 'SELENIUM',
      contractedAmount: 50_000,
      responsibleDepartmentId: 'd-invest',
    });
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('shows the fields with their test ids and offers only active industries and no future day', async () => {
    await open();
    for (const id of [
      'contract-project',
      'contract-company',
      'contract-credit-code',
      'contract-signed-on',
      'contract-event',
      'contract-industry',
      'contract-amount',
      'contract-department',
      'contract-milestone-ConstructionStart',
    ]) {
      expect(document.querySelector(`[data-testid="${id}"]`), id).not.toBeNull();
    }
    expect(
      dialog()
        .industries()
        .map((i) => i.code),
    ).toEqual(['SELENIUM']);
    const today = shanghaiToday();
    expect(dialog().afterToday(today)).toBe(false);
    expect(dialog().afterToday(new Date(today.getTime() + 36 * 3600 * 1000))).toBe(true);
  });

  it('refuses, before asking the server, missing fields, a bad credit code, a zero amount and a future day', async () => {
    await open();
    await save();
    http.expectNone({ method: 'POST', url });
    expect(errors().filter((e) => e === 'validation.required').length).toBe(6);
    await fill();
    await type('contract-credit-code', '9163');
    dialog().form.patchValue({ contractedAmount: 0, signedOn: new Date(2099, 0, 1) });
    await save();
    http.expectNone({ method: 'POST', url });
    expect(errors()).toEqual([
      'contracts.validation.creditCodeLength',
      'contracts.validation.future',
      'contracts.validation.positive',
    ]);
    await type('contract-credit-code', '91630100MA752XKQ50');
    await save();
    expect(errors()).toContain('contracts.validation.creditCode');
    http.expectNone({ method: 'POST', url });
  });

  it('creates the contract with the amount in yuan and the planned milestones', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await fill();
    await type('contract-credit-code', '91630100MA752XKQ5X');
    dialog().form.controls.milestones.patchValue({ ConstructionStart: new Date(2026, 11, 1) });
    await save();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      projectName: '富硒生态旅游文化产业园',
      companyName: '青海富硒文旅发展有限公司',
      creditCode: '91630100MA752XKQ5X',
      signedOn: '2026-05-20',
      signingEvent: '第二十四届青洽会',
      industryCode: 'SELENIUM',
      contractedAmount: 500_000_000,
      responsibleDepartmentId: 'd-invest',
      milestones: [{ kind: 'ConstructionStart', plannedOn: '2026-12-01' }],
    });
    const answer = contractDetail();
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
    expect(message.success).toHaveBeenCalled();
  });

  it('puts the server’s field errors on their fields', async () => {
    await open();
    await fill();
    // As after the user's own input: an error is shown on a field the user has changed.
    dialog().form.markAllAsDirty();
    await save();
    http.expectOne({ method: 'POST', url }).flush(
      {
        status: 400,
        title: 'One or more validation errors occurred.',
        errors: {
          CreditCode: ['统一社会信用代码校验位不正确'],
          ContractedAmount: ['协议投资额须大于 0'],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errors()).toEqual(['统一社会信用代码校验位不正确', '协议投资额须大于 0']);
    expect(message.error).not.toHaveBeenCalled();
  });

  it('edits a contract with its concurrency stamp and no milestones, and reloads on a stale edit', async () => {
    await open(contractDetail());
    expect(document.querySelector('[data-testid="contract-milestone-Production"]')).toBeNull();
    expect(q<HTMLInputElement>('contract-project').value).toBe('富硒生态旅游文化产业园');
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog().form.patchValue({ contractedAmount: 60_000.5 });
    await save();
    const request = http.expectOne({ method: 'PUT', url: `${url}/c1` });
    expect(request.request.body).toMatchObject({
      contractedAmount: 600_005_000,
      concurrencyStamp: 'stamp-c1',
      signedOn: '2026-05-20',
    });
    expect(request.request.body.milestones).toBeUndefined();
    request.flush(
      { status: 409, detail: '该签约项目已被他人修改' },
      { status: 409, statusText: 'Conflict' },
    );
    expect(saved).toHaveBeenCalledWith(null);
    expect(message.error).toHaveBeenCalledWith('该签约项目已被他人修改');
  });
});
