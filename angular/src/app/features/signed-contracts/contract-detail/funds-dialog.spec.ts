import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MANAGE, clearOverlays, fundEntry, testProviders } from '../contracts-test-data';
import { FundsForm } from '../contract-forms';
import { FundsDialog } from './funds-dialog';

const url = '/api/signed-contracts/c1/funds';

describe('FundsDialog', () => {
  let fixture: ComponentFixture<FundsDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const q = <T extends HTMLElement>(id: string) =>
    document.querySelector<T>(`[data-testid="${id}"]`)!;
  const form = () => (fixture.componentInstance as unknown as { form: FundsForm }).form;
  const errors = () =>
    [...document.querySelectorAll('[data-testid="funds-dialog"] .ant-form-item-explain-error')].map(
      (e) => e.textContent!.trim(),
    );

  async function open() {
    TestBed.configureTestingModule({
      imports: [FundsDialog],
      providers: testProviders(MANAGE, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FundsDialog);
    fixture.componentRef.setInput('contractId', 'c1');
    fixture.componentRef.setInput('signedOn', '2026-05-20');
    await fixture.whenStable();
  }

  /** Sets the file on the real input, as the browser test does. */
  async function pick(file: File) {
    const input = q<HTMLInputElement>('funds-file');
    expect(input.type).toBe('file');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  const save = async () => {
    q('funds-save').click();
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('has the fields the browser test uses, and no day before signing or after today', async () => {
    await open();
    for (const id of ['funds-date', 'funds-amount', 'funds-kind', 'funds-note', 'funds-file']) {
      expect(document.querySelector(`[data-testid="${id}"]`), id).not.toBeNull();
    }
    const outside = (fixture.componentInstance as unknown as { outside(d: Date): boolean }).outside;
    expect(outside(new Date(2026, 4, 19))).toBe(true);
    expect(outside(new Date(2026, 4, 20))).toBe(false);
    expect(outside(new Date(2099, 0, 1))).toBe(true);
  });

  it('refuses a wrong file type or a file over 10 MB before sending anything', async () => {
    await open();
    form().patchValue({ arrivedOn: new Date(2026, 5, 10), amount: 100 });
    await pick(new File(['x'], '说明.docx', { type: 'application/msword' }));
    await save();
    http.expectNone(url);
    expect(errors()).toEqual(['contracts.validation.fileType']);
    const big = new File(['x'], '回单.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await pick(big);
    await save();
    http.expectNone(url);
    expect(errors()).toEqual(['contracts.validation.fileSize']);
  });

  it('wants the day, a positive amount and the evidence', async () => {
    await open();
    form().patchValue({ amount: 0 });
    await save();
    http.expectNone(url);
    expect(errors()).toEqual([
      'validation.required',
      'contracts.validation.positive',
      'validation.required',
    ]);
  });

  it('posts the multipart form with the amount in yuan and the file, and hands the entry over', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    const file = new File(['%PDF-1.7'], '回单.pdf', { type: 'application/pdf' });
    form().patchValue({
      arrivedOn: new Date(2026, 5, 10),
      amount: 10_000,
      kind: 'Invoice',
      note: ' 首期 ',
    });
    await pick(file);
    await save();
    const request = http.expectOne({ method: 'POST', url });
    const body = request.request.body as FormData;
    expect(body.get('arrivedOn')).toBe('2026-06-10');
    expect(body.get('amount')).toBe('100000000');
    expect(body.get('kind')).toBe('Invoice');
    expect(body.get('note')).toBe('首期');
    expect(body.get('file')).toBe(file);
    request.flush(fundEntry());
    expect(saved).toHaveBeenCalledWith(fundEntry());
  });

  it('shows the server’s refusal of the file on the file field', async () => {
    await open();
    form().patchValue({ arrivedOn: new Date(2026, 5, 10), amount: 10 });
    await pick(new File(['not a pdf'], '回单.pdf', { type: 'application/pdf' }));
    await save();
    http
      .expectOne(url)
      .flush(
        { status: 400, errors: { file: ['凭证须为 PDF、JPG 或 PNG 文件'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(errors()).toEqual(['凭证须为 PDF、JPG 或 PNG 文件']);
  });
});
