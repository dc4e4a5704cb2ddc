import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { LeadDetailDto } from '../../../api/models/lead-detail-dto';
import { LeadDto } from '../../../api/models/lead-dto';
import {
  INDUSTRIES,
  MANAGER,
  SUPERVISOR,
  VIEWER,
  clearOverlays,
  leadDetail,
  leadDto,
  leadTestProviders,
} from '../leads-test-data';
import { LeadDetailPage } from './lead-detail-page';

const url = '/api/leads/l1';
const MOVES = ['lead-move-Contact', 'lead-move-Visit', 'lead-move-Negotiation', 'lead-move-back'];
const ACTIONS = [
  ...MOVES,
  'lead-abandon',
  'lead-reactivate',
  'lead-sign',
  'lead-edit',
  'lead-assign',
  'followup-add',
];

describe('LeadDetailPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LeadDetailPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const shown = () => ACTIONS.filter((id) => testId(id) !== null);

  async function render(
    permissions: string[],
    lead: Partial<LeadDto> = {},
    overrides: Partial<LeadDetailDto> = {},
  ) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [LeadDetailPage],
      providers: leadTestProviders(permissions, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LeadDetailPage);
    fixture.componentRef.setInput('id', 'l1');
    await fixture.whenStable();
    http.expectOne('/api/leads/industries').flush(INDUSTRIES);
    if (permissions.includes('Leads.Manage')) {
      http.expectOne('/api/leads/owners').flush([{ userId: 'u1', displayName: '张三' }]);
    }
    http.expectOne({ method: 'GET', url }).flush(leadDetail(lead, overrides));
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('shows the company, its stage, details, contacts, follow-ups newest first and history', async () => {
    await render(VIEWER, { canEdit: false });
    expect(testId('lead-title')!.textContent).toBe('青海富硒泉饮品有限公司');
    expect(testId('lead-stage-tag')!.textContent).toContain('leads.stages.Contact');
    expect(el().querySelectorAll('nz-step').length).toBe(5);
    expect(el().querySelector('.ant-steps-item-process')!.textContent).toContain(
      'leads.stages.Contact',
    );
    expect(testId('lead-basics')!.textContent).toContain('91630200MA7XXXXX1A');
    expect(testId('lead-investment-shown')!.textContent).toBe('12,000.00');
    expect(testId('lead-basics')!.textContent).toContain('第二十四届青洽会');
    expect(testId('lead-contacts-shown')!.textContent).toContain('李经理');
    expect(testId('lead-contacts-shown')!.textContent).toContain('0971-1234567');
    const items = [...el().querySelectorAll<HTMLElement>('[data-testid="followup-item"]')];
    expect(items.length).toBe(2);
    expect(items[0].textContent).toContain('确认考察行程');
    expect(items[0].textContent).toContain('张三、李经理');
    expect(items[0].textContent).toContain('leads.followUpKinds.Call');
    expect(items[1].textContent).toContain('登门介绍水源地条件');
    expect(el().querySelectorAll('[data-testid="lead-history-item"]').length).toBe(2);
    expect(shown()).toEqual([]);
    expect(testId('lead-contract')).toBeNull();
    expect(testId('lead-detail-duplicates')).toBeNull();
  });

  it('offers the moves of the stage to whoever may edit the lead', async () => {
    await render(MANAGER, { stage: 'Clue' });
    expect(shown()).toEqual([
      'lead-move-Contact',
      'lead-move-Visit',
      'lead-move-Negotiation',
      'lead-abandon',
      'lead-edit',
      'followup-add',
    ]);
    TestBed.resetTestingModule();
    await render(MANAGER, { stage: 'Visit' });
    expect(shown()).toEqual([
      'lead-move-Negotiation',
      'lead-move-back',
      'lead-abandon',
      'lead-edit',
      'followup-add',
    ]);
    TestBed.resetTestingModule();
    await render(SUPERVISOR, { stage: 'Negotiation' });
    expect(shown()).toEqual([
      'lead-move-back',
      'lead-abandon',
      'lead-sign',
      'lead-edit',
      'lead-assign',
      'followup-add',
    ]);
  });

  it('shows an abandoned lead in error with its reason, and offers to reactivate it', async () => {
    await render(MANAGER, { stage: 'Abandoned', abandonReason: '企业转投外省' });
    expect(shown()).toEqual(['lead-reactivate', 'lead-edit', 'followup-add']);
    expect(testId('lead-abandon-reason')!.textContent).toContain('leads.abandon.reasonShown');
    expect(el().querySelector('.ant-steps-item-error')).not.toBeNull();
    testId('lead-reactivate')!.click();
    const request = http.expectOne({ method: 'POST', url: `${url}/stage` });
    expect(request.request.body).toEqual({
      stage: 'Clue',
      reason: null,
      concurrencyStamp: 'stamp-l1',
    });
    request.flush(leadDto({ stage: 'Clue' }));
    http.expectOne({ method: 'GET', url }).flush(leadDetail({ stage: 'Clue' }));
  });

  it('moves the lead and reads it again, and shows a refusal in Chinese', async () => {
    await render(MANAGER);
    testId('lead-move-Visit')!.click();
    const request = http.expectOne({ method: 'POST', url: `${url}/stage` });
    expect(request.request.body).toEqual({
      stage: 'Visit',
      reason: null,
      concurrencyStamp: 'stamp-l1',
    });
    request.flush(leadDto({ stage: 'Visit' }));
    http.expectOne({ method: 'GET', url }).flush(leadDetail({ stage: 'Visit' }));
    await fixture.whenStable();
    expect(testId('lead-stage-tag')!.textContent).toContain('leads.stages.Visit');

    testId('lead-move-back')!.click();
    http
      .expectOne({ method: 'POST', url: `${url}/stage` })
      .flush(
        { status: 422, code: 'Leads.StageTransition', detail: '线索不能从「考察」转到「接洽」' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    expect(message.error).toHaveBeenCalledWith('线索不能从「考察」转到「接洽」');
  });

  it('reads a moved-by-someone-else lead again on 409', async () => {
    await render(MANAGER);
    testId('lead-move-Visit')!.click();
    http
      .expectOne({ method: 'POST', url: `${url}/stage` })
      .flush(
        { status: 409, detail: '该线索已被他人修改，请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(message.error).toHaveBeenCalledWith('该线索已被他人修改，请刷新后重试。');
    http.expectOne({ method: 'GET', url }).flush(leadDetail());
  });

  it('links a signed lead to its contract', async () => {
    await render(
      MANAGER,
      { stage: 'Contracted', contractId: 'c1' },
      {
        contract: {
          contractId: 'c1',
          number: 'HD-2026-018',
          projectName: '富硒矿泉水生产线',
          fulfilmentState: '履约中',
          contractedAmount: 150_000_000,
          fundsArrived: 30_000_000,
        },
      },
    );
    expect(testId('lead-contract-link')!.getAttribute('href')).toBe('/signed-contracts/c1');
    expect(testId('lead-contract')!.textContent).toContain('HD-2026-018');
    expect(testId('lead-contract')!.textContent).toContain('15,000.00');
    expect(testId('lead-contract')!.textContent).toContain('3,000.00');
    expect(testId('lead-contract')!.textContent).toContain('履约中');
    expect(el().querySelector('.ant-steps-item-finish')).not.toBeNull();
    expect(shown()).toEqual(['lead-edit', 'followup-add']);
  });

  it('warns of possible duplicates with their owner and stage', async () => {
    await render(
      VIEWER,
      {},
      {
        duplicates: [
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
        ],
      },
    );
    const panel = testId('lead-detail-duplicates')!;
    expect(panel.textContent).toContain('青海富硒泉饮品有限责任公司');
    expect(panel.textContent).toContain('洽谈');
    expect(panel.querySelector('a')!.getAttribute('href')).toBe('/leads/l9');
  });

  it('opens the dialogs of its actions', async () => {
    await render(SUPERVISOR, { stage: 'Negotiation' });
    const opens = async (button: string, field: string) => {
      testId(button)!.click();
      await fixture.whenStable();
      expect(document.querySelector(`[data-testid="${field}"]`), button).not.toBeNull();
    };
    await opens('followup-add', 'followup-kind');
    await opens('lead-abandon', 'abandon-reason');
    await opens('lead-assign', 'assign-owner');
    await opens('lead-edit', 'lead-company');
    await opens('lead-sign', 'sign-number');
    http.expectOne('/api/identity/department-options').flush([]);
  });
});
