import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ProgressImportResultDto } from '../../../api/models/progress-import-result-dto';
import { APP_ICONS } from '../../../core/icons';
import { ProgressImportDialog } from './progress-import-dialog';

const year = 2026;
const importUrl = `/api/scheduling/progress/${year}/import`;

describe('ProgressImportDialog', () => {
  let fixture: ComponentFixture<ProgressImportDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const file = new File(['xlsx-bytes'], '3月进展.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

  async function open() {
    TestBed.configureTestingModule({
      imports: [ProgressImportDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProgressImportDialog);
    fixture.componentRef.setInput('year', year);
    await fixture.whenStable();
  }

  /** Picks the file through the real input, as the browser test does. */
  async function pick() {
    const input = document.querySelector<HTMLInputElement>('[data-testid="progress-import-file"]')!;
    expect(input.type).toBe('file');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  const submit = async () => {
    document.querySelector<HTMLButtonElement>('[data-testid="progress-import-submit"]')!.click();
    await fixture.whenStable();
  };

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove()));

  it('states the rules and posts the picked file, then shows the counts and warnings', async () => {
    await open();
    expect(document.querySelectorAll('[data-testid="progress-import-rules"] li').length).toBe(8);
    const imported = vi.fn();
    fixture.componentInstance.imported.subscribe(imported);
    await pick();
    await submit();
    const request = http.expectOne({ method: 'POST', url: importUrl });
    expect((request.request.body as FormData).get('file')).toBe(file);
    const result: ProgressImportResultDto = {
      rows: 3,
      added: 2,
      updated: 1,
      unchanged: 0,
      warnings: ['第 4 行：项目代码为空，已按项目名称匹配'],
      skipped: [],
    };
    request.flush(result);
    await fixture.whenStable();
    expect(imported).toHaveBeenCalledWith(result);
    expect(document.querySelector('[data-testid="progress-import-result"]')).not.toBeNull();
    expect(
      document.querySelector('[data-testid="progress-import-warnings"]')!.textContent,
    ).toContain('已按项目名称匹配');
  });

  it('lists every bad cell of a refused file and downloads the marked workbook from the same file', async () => {
    const names: string[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await open();
    const imported = vi.fn();
    fixture.componentInstance.imported.subscribe(imported);
    await pick();
    await submit();
    http.expectOne({ method: 'POST', url: importUrl }).flush(
      {
        title: '无法处理',
        status: 422,
        code: 'ImportInvalid',
        detail: '导入未执行：发现 2 处错误，请修改后重新导入（未作任何修改）。',
        problems: [
          { row: 3, column: '累计完成投资(万元)', value: '900', message: '应为 850.00' },
          { row: 5, column: '开复工状态', value: '已开工', message: '续建项目应为已复工' },
        ],
        warnings: [],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(imported).not.toHaveBeenCalled();
    const problems = document.querySelector('[data-testid="progress-import-problems"]')!;
    expect(problems.querySelectorAll('[data-testid="progress-import-problem"]').length).toBe(2);
    expect(problems.textContent).toContain('续建项目应为已复工');
    expect(problems.textContent).toContain('发现 2 处错误');
    expect(problems.querySelector('[data-testid="progress-import-problem-warnings"]')).toBeNull();
    expect(document.querySelector('[data-testid="progress-import-result"]')).toBeNull();

    problems
      .querySelector<HTMLButtonElement>('[data-testid="progress-import-error-workbook"]')!
      .click();
    const marked = http.expectOne({ method: 'POST', url: `${importUrl}/errors` });
    expect((marked.request.body as FormData).get('file')).toBe(file);
    expect(marked.request.responseType).toBe('blob');
    marked.flush(new Blob(['marked']));
    expect(names).toEqual(['3月进展-错误标注.xlsx']);
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it('shows the reason when the file is too large', async () => {
    await open();
    await pick();
    await submit();
    http
      .expectOne(importUrl)
      .flush(
        { status: 400, code: 'ImportFileSize', detail: '文件不能超过 10 MB。' },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(
      document.querySelector('[data-testid="progress-import-failure"]')!.textContent,
    ).toContain('文件不能超过 10 MB');
    expect(document.querySelector('[data-testid="progress-import-problems"]')).toBeNull();
  });
});
