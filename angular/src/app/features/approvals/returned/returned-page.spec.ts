import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { UNIT, approvalTestProviders, clearOverlays, step, task } from '../approvals-test-data';
import { ReturnedPage } from './returned-page';

const returnedUrl = '/api/approvals/returned';
const returnedTask = task({
  stepId: 's-land',
  stepCode: 'LAND',
  stepName: '用地预审与选址意见书',
  lastComment: '请补充建设项目用地范围图',
});

describe('ReturnedPage', () => {
  let fixture: ComponentFixture<ReturnedPage>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function render(permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [ReturnedPage],
      providers: approvalTestProviders(permissions, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReturnedPage);
    http.expectOne((r) => r.url === returnedUrl).flush({ items: [returnedTask], totalCount: 1 });
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
    vi.clearAllMocks();
  });

  it('shows what the department asked for and resubmits with the unit’s note', async () => {
    await render(UNIT);
    const row = el().querySelector<HTMLElement>('[data-testid="returned-row"]')!;
    expect(row.querySelector('[data-testid="returned-comment"]')!.textContent).toContain(
      '请补充建设项目用地范围图',
    );
    row.querySelector<HTMLElement>('[data-testid="resubmit-button"]')!.click();
    await fixture.whenStable();

    q('resubmit-submit')!.click();
    http.expectNone('/api/approvals/steps/s-land/resubmissions');

    const area = q('resubmit-comment') as HTMLTextAreaElement;
    area.value = '已补充用地范围图';
    area.dispatchEvent(new Event('input'));
    q('resubmit-submit')!.click();
    const request = http.expectOne({
      method: 'POST',
      url: '/api/approvals/steps/s-land/resubmissions',
    });
    expect(request.request.body).toEqual({ comment: '已补充用地范围图' });
    request.flush(step({ id: 's-land', code: 'LAND', state: 'Pending', round: 2 }));
    http.expectOne((r) => r.url === returnedUrl).flush({ items: [], totalCount: 0 });
    await fixture.whenStable();
    expect(el().querySelectorAll('[data-testid="returned-row"]')).toHaveLength(0);
    expect(q('resubmit-dialog')).toBeNull();
  });

  it('offers no resubmission to a department without 申报 permission', async () => {
    await render(['Approvals.View']);
    expect(el().querySelector('[data-testid="returned-row"]')).not.toBeNull();
    expect(el().querySelector('[data-testid="resubmit-button"]')).toBeNull();
  });
});
