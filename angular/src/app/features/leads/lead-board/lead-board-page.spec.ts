import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import zh from '../../../../../public/i18n/zh-CN.json';
import { LeadReminderDto } from '../../../api/models/lead-reminder-dto';
import {
  INDUSTRIES,
  MANAGER,
  VIEWER,
  boardColumns,
  clearOverlays,
  leadDto,
  leadTestProviders,
} from '../leads-test-data';
import { LeadBoardPage } from './lead-board-page';

const boardUrl = '/api/leads/board';
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600 * 1000).toISOString();

const reminder = (id: string, createdAtUtc: string): LeadReminderDto => ({
  id,
  leadId: 'l2',
  kind: 'NextActionDue',
  dueOn: '2026-05-06',
  text: '青海某物流公司：邀请来区考察（2026-05-06）已到期',
  emailed: true,
  createdAtUtc,
});

describe('LeadBoardPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LeadBoardPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const cards = (stage: string) => [
    ...testId(`board-column-${stage}`)!.querySelectorAll<HTMLElement>('[data-testid="lead-card"]'),
  ];

  async function render(permissions: string[], reminders: LeadReminderDto[] = []) {
    TestBed.configureTestingModule({
      imports: [LeadBoardPage],
      providers: leadTestProviders(permissions, message),
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', zh);
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LeadBoardPage);
    http.expectOne('/api/leads/industries').flush(INDUSTRIES);
    if (permissions.includes('Leads.Manage')) {
      http.expectOne('/api/leads/owners').flush([{ userId: 'u1', displayName: '张三' }]);
    }
    const board = http.expectOne((r) => r.url === boardUrl);
    expect(board.request.params.keys()).toEqual([]);
    board.flush(
      boardColumns({
        Contact: [
          leadDto(),
          leadDto({
            id: 'l2',
            companyName: '青海某物流公司',
            intendedInvestment: null,
            nextActionDue: true,
            stale: true,
          }),
        ],
        Negotiation: [leadDto({ id: 'l3', stage: 'Negotiation', nextAction: null })],
      }),
    );
    await fixture.whenStable();
    http.expectOne('/api/leads/reminders').flush(reminders);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('shows six stage columns with their counts and cards linking to each lead', async () => {
    await render(VIEWER);
    for (const stage of ['Clue', 'Contact', 'Visit', 'Negotiation', 'Contracted', 'Abandoned']) {
      expect(testId(`board-column-${stage}`), stage).not.toBeNull();
    }
    const count = (stage: string) =>
      testId(`board-column-${stage}`)!
        .querySelector('[data-testid="board-column-count"]')!
        .textContent!.trim();
    expect(count('Contact')).toBe('2');
    expect(count('Visit')).toBe('0');
    const [first, second] = cards('Contact');
    expect(first.getAttribute('href')).toBe('/leads/l1');
    expect(first.textContent).toContain('青海富硒泉饮品有限公司');
    expect(first.textContent).toContain('富硒矿泉水');
    expect(first.querySelector('[data-testid="lead-card-investment"]')!.textContent).toBe(
      '12,000.00 万元',
    );
    expect(first.textContent).toContain('张三');
    expect(first.querySelector('[data-testid="lead-card-next"]')!.textContent).toContain(
      '邀请来区考察',
    );
    expect(first.querySelector('[data-testid="lead-card-due"]')).toBeNull();
    expect(first.querySelector('[data-testid="lead-card-stale"]')).toBeNull();
    expect(second.querySelector('[data-testid="lead-card-due"]')!.textContent).toBe('2026-05-06');
    expect(second.querySelector('[data-testid="lead-card-stale"]')!.textContent).toBe('长期未跟进');
    expect(second.querySelector('[data-testid="lead-card-investment"]')).toBeNull();
    expect(cards('Negotiation').length).toBe(1);
    expect(testId('lead-create')).toBeNull();
    expect(testId('lead-reminders')).toBeNull();
  });

  it('asks for the board again with the filters (never a stage)', async () => {
    await render(MANAGER);
    const page = fixture.componentInstance as unknown as {
      filters: LeadBoardPage['filters'];
    };
    page['filters'].controls.stale.setValue(true);
    const request = http.expectOne((r) => r.url === boardUrl);
    expect(request.request.params.get('stale')).toBe('true');
    request.flush(boardColumns());
    page['filters'].controls.search.setValue(' 富硒 ');
    http.expectNone((r) => r.url === boardUrl);
    testId('lead-filter-submit')!.click();
    const searched = http.expectOne((r) => r.url === boardUrl);
    expect(searched.request.params.get('search')).toBe('富硒');
    expect(searched.request.params.get('stale')).toBe('true');
    expect(searched.request.params.has('stage')).toBe(false);
    searched.flush(boardColumns());
  });

  it('lets a user who works leads create one, and opens it once saved', async () => {
    await render(MANAGER);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    testId('lead-create')!.click();
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="lead-company"]')).not.toBeNull();
    (fixture.componentInstance as unknown as { onCreated(lead: unknown): void }).onCreated(
      leadDto({ id: 'l7' }),
    );
    expect(navigate).toHaveBeenCalledWith(['/leads', 'l7']);
  });

  it('shows my reminders of the last week on top, each linking to its lead', async () => {
    await render(VIEWER, [reminder('r1', hoursAgo(2)), reminder('r0', hoursAgo(24 * 9))]);
    const lines = [...el().querySelectorAll<HTMLElement>('[data-testid="lead-reminder"]')];
    expect(testId('lead-reminders')).not.toBeNull();
    expect(lines.length).toBe(1);
    expect(lines[0].textContent).toContain('邀请来区考察');
    expect(lines[0].querySelector('a')!.getAttribute('href')).toBe('/leads/l2');
  });
});
