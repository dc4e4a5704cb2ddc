import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DECIDE, approvalTestProviders, clearOverlays, task } from '../approvals-test-data';
import { DecisionDialog } from './decision-dialog';

const url = '/api/approvals/steps/s-eia/decisions';

describe('DecisionDialog', () => {
  let fixture: ComponentFixture<DecisionDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const decided = vi.fn();
  const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;

  async function render() {
    TestBed.configureTestingModule({
      imports: [DecisionDialog],
      providers: approvalTestProviders(DECIDE, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DecisionDialog);
    fixture.componentRef.setInput('task', task());
    fixture.componentInstance.decided.subscribe(decided);
    await fixture.whenStable();
  }

  const typeComment = async (text: string) => {
    const area = q('decision-comment') as HTMLTextAreaElement;
    area.value = text;
    area.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    clearOverlays();
    vi.clearAllMocks();
  });

  it('approves with the step stamp and an Idempotency-Key, and sends the same key again on retry', async () => {
    await render();
    q('decision-submit').click();
    const first = http.expectOne({ method: 'POST', url });
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.request.body).toEqual({
      decision: 'Approve',
      comment: null,
      concurrencyStamp: 'stamp-eia',
      attachmentIds: [],
    });
    first.error(new ProgressEvent('network down'), { status: 0 });
    expect(decided).not.toHaveBeenCalled();

    q('decision-submit').click();
    const retry = http.expectOne({ method: 'POST', url });
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    retry.flush({ decisionId: 'd1', stepState: 'Approved' });
    expect(decided).toHaveBeenCalledWith(expect.objectContaining({ stepState: 'Approved' }));
  });

  it('will not return a step without saying what to amend', async () => {
    await render();
    q('decision-return').querySelector('input')!.click();
    await fixture.whenStable();
    q('decision-submit').click();
    http.expectNone(url);
    await typeComment('请补充环评公众参与说明');
    q('decision-submit').click();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      decision: 'Return',
      comment: '请补充环评公众参与说明',
      concurrencyStamp: 'stamp-eia',
      attachmentIds: [],
    });
    request.flush({ decisionId: 'd1', stepState: 'Returned' });
  });

  it('says the step changed meanwhile (409) and asks the page to reload', async () => {
    await render();
    q('decision-submit').click();
    http
      .expectOne({ method: 'POST', url })
      .flush(
        { status: 409, detail: '该步骤已被他人办理或认领，请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(message.error).toHaveBeenCalledWith('该步骤已被他人办理或认领，请刷新后重试。');
    expect(decided).toHaveBeenCalledWith(null);
  });

  const pickFiles = async (...files: File[]) => {
    const input = q('decision-files') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };

  it('uploads the picked files once, even across a retry, and decides with their ids', async () => {
    await render();
    const pdf = new File(['%PDF-1.7'], '意见书.pdf', { type: 'application/pdf' });
    const png = new File(['png'], '现场照片.png', { type: 'image/png' });
    await pickFiles(pdf, png);
    await pickFiles(new File(['doc'], '说明.doc', { type: 'application/msword' }));
    expect(document.querySelectorAll('[data-testid="decision-file"]')).toHaveLength(2);
    expect(document.body.textContent).toContain('approvals.decide.fileType');

    q('decision-submit').click();
    const attachments = '/api/approvals/steps/s-eia/attachments';
    const first = http.expectOne({ method: 'POST', url: attachments });
    expect(((first.request.body as FormData).get('file') as File).name).toBe(pdf.name);
    first.flush({ id: 'a1', fileName: '意见书.pdf', contentType: 'application/pdf', size: 8 });
    http
      .expectOne({ method: 'POST', url: attachments })
      .flush({ id: 'a2', fileName: '现场照片.png', contentType: 'image/png', size: 3 });
    http.expectOne({ method: 'POST', url }).error(new ProgressEvent('network down'), { status: 0 });

    q('decision-submit').click();
    http.expectNone(attachments);
    const retry = http.expectOne({ method: 'POST', url });
    expect(retry.request.body.attachmentIds).toEqual(['a1', 'a2']);
    retry.flush({ decisionId: 'd1', stepState: 'Approved' });
    expect(decided).toHaveBeenCalled();
  });
});
