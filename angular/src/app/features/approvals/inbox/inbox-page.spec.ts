import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DECIDE, approvalTestProviders, clearOverlays, task } from '../approvals-test-data';
import { InboxPage } from './inbox-page';

const inboxUrl = '/api/approvals/inbox';

describe('InboxPage', () => {
  let fixture: ComponentFixture<InboxPage>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const rows = () => [...el().querySelectorAll<HTMLElement>('[data-testid="inbox-row"]')];
  const inRow = (row: HTMLElement, id: string) =>
    row.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  const flushInbox = (
    items = [
      task(),
      task({
        stepId: 's-land',
        stepCode: 'LAND',
        stepName: '用地预审与选址意见书',
        handlerId: 'u1',
        handlerName: '张三',
        limitState: 'Overdue',
      }),
    ],
  ) => {
    const request = http.expectOne((r) => r.url === inboxUrl);
    expect(request.request.params.get('page')).toBe('1');
    request.flush({ items, totalCount: items.length });
  };

  async function render() {
    TestBed.configureTestingModule({
      imports: [InboxPage],
      providers: approvalTestProviders(DECIDE, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InboxPage);
    flushInbox();
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
    vi.clearAllMocks();
  });

  it('lists the pending steps with their limit state and offers claiming only unclaimed ones', async () => {
    await render();
    expect(rows()).toHaveLength(2);
    const [eia, land] = rows();
    expect(eia.textContent).toContain('新平大道东延段');
    expect(inRow(eia, 'inbox-limit')!.textContent).toContain('approvals.limitStates.Normal');
    expect(inRow(land, 'inbox-limit')!.textContent).toContain('approvals.limitStates.Overdue');
    expect(inRow(land, 'inbox-handler')!.textContent).toContain('张三');
    expect(inRow(eia, 'claim-button')).not.toBeNull();
    expect(inRow(land, 'claim-button')).toBeNull();

    inRow(eia, 'claim-button')!.click();
    http.expectOne({ method: 'POST', url: '/api/approvals/steps/s-eia/claim' }).flush({});
    flushInbox([task({ handlerId: 'me', handlerName: '我' })]);
    await fixture.whenStable();
    expect(inRow(rows()[0], 'inbox-handler')!.textContent).toContain('我');
  });

  it('opens the decision dialog for the row and reads the inbox again after deciding', async () => {
    await render();
    inRow(rows()[0], 'decide-button')!.click();
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="decision-dialog"]')).not.toBeNull();
    document.querySelector<HTMLElement>('[data-testid="decision-submit"]')!.click();
    const decision = http.expectOne({
      method: 'POST',
      url: '/api/approvals/steps/s-eia/decisions',
    });
    expect(decision.request.body.concurrencyStamp).toBe('stamp-eia');
    decision.flush({ stepState: 'Approved' });
    flushInbox([]);
    await fixture.whenStable();
    expect(rows()).toHaveLength(0);
    expect(document.querySelector('[data-testid="decision-dialog"]')).toBeNull();
  });

  it('reloads when someone else decided first (409)', async () => {
    await render();
    inRow(rows()[0], 'decide-button')!.click();
    await fixture.whenStable();
    document.querySelector<HTMLElement>('[data-testid="decision-submit"]')!.click();
    http
      .expectOne({ method: 'POST', url: '/api/approvals/steps/s-eia/decisions' })
      .flush(
        { detail: '该步骤已被他人办理或认领，请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(message.error).toHaveBeenCalledWith('该步骤已被他人办理或认领，请刷新后重试。');
    flushInbox([]);
  });
});
