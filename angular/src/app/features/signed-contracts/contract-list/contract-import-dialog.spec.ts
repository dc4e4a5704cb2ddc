import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ContractImportResultDto } from '../../../api/models/contract-import-result-dto';
import { MANAGE, clearOverlays, testProviders } from '../contracts-test-data';
import { ContractImportDialog } from './contract-import-dialog';

const importUrl = '/api/signed-contracts/import';

describe('ContractImportDialog', () => {
  let fixture: ComponentFixture<ContractImportDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const file = new File(['xlsx-bytes'], '签约台账.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  let names: string[];
  let restore: () => void;

  async function open() {
    names = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    restore = () => {
      click.mockRestore();
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    };
    TestBed.configureTestingModule({
      imports: [ContractImportDialog],
      providers: testProviders(MANAGE, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ContractImportDialog);
    await fixture.whenStable();
  }

  async function pickAndSubmit() {
    const input = q('contract-import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    q('contract-import-submit')!.click();
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    restore();
    clearOverlays();
  });

  it('states the rules, posts the file and shows the counts', async () => {
    await open();
    expect(document.querySelectorAll('[data-testid="contract-import-rules"] li').length).toBe(8);
    const imported = vi.fn();
    fixture.componentInstance.imported.subscribe(imported);
    await pickAndSubmit();
    const request = http.expectOne({ method: 'POST', url: importUrl });
    expect((request.request.body as FormData).get('file')).toBe(file);
    const result: ContractImportResultDto = {
      rows: 3,
      created: 2,
      updated: 1,
      unchanged: 0,
      warnings: ['多余的列“备注”已忽略'],
      skipped: [],
    };
    request.flush(result);
    await fixture.whenStable();
    expect(imported).toHaveBeenCalledWith(result);
    expect(q('contract-import-counts')!.textContent).toContain('contracts.importDialog.counts');
    expect(q('contract-import-warnings')!.textContent).toContain('备注');
  });

  it('lists every bad cell and downloads the marked workbook and the template', async () => {
    await open();
    await pickAndSubmit();
    http.expectOne({ method: 'POST', url: importUrl }).flush(
      {
        status: 422,
        code: 'ImportInvalid',
        detail: '导入未执行：发现 2 处错误',
        problems: [
          { row: 2, column: '统一社会信用代码', value: '9163', message: '应为 18 位' },
          {
            row: 4,
            column: '履约状态',
            value: '进行中',
            message: '应为 未启动/前期推进/已开工/已投产/停滞/终止',
          },
        ],
        warnings: [],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(document.querySelectorAll('[data-testid="contract-import-problem"]').length).toBe(2);
    expect(q('contract-import-problems')!.textContent).toContain('应为 18 位');
    q('contract-import-error-workbook')!.click();
    const marked = http.expectOne({ method: 'POST', url: `${importUrl}/errors` });
    expect((marked.request.body as FormData).get('file')).toBe(file);
    marked.flush(new Blob(['marked']));
    q('contract-import-template')!.click();
    http.expectOne(`${importUrl}/template`).flush(new Blob(['template']));
    expect(names).toEqual(['签约台账-错误标注.xlsx', '签约项目台账-模板.xlsx']);
  });
});
