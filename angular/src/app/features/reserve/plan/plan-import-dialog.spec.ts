import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { PlanImportResultDto } from '../../../api/models/plan-import-result-dto';
import { APP_ICONS } from '../../../core/icons';
import { PlanImportDialog } from './plan-import-dialog';

const year = 2026;
const importUrl = `/api/reserve/plans/${year}/import`;

describe('PlanImportDialog', () => {
  let fixture: ComponentFixture<PlanImportDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const file = new File(['xlsx-bytes'], '2026计划.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

  async function open() {
    TestBed.configureTestingModule({
      imports: [PlanImportDialog],
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
    fixture = TestBed.createComponent(PlanImportDialog);
    fixture.componentRef.setInput('year', year);
    await fixture.whenStable();
  }

  /** Picks the file through the real input, as the browser test does. */
  async function pick() {
    const input = document.querySelector<HTMLInputElement>('[data-testid="plan-import-file"]')!;
    expect(input.type).toBe('file');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  const submit = async () => {
    document.querySelector<HTMLButtonElement>('[data-testid="plan-import-submit"]')!.click();
    await fixture.whenStable();
  };

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove()));

  it('states its rules and the shared ones, posts the picked file and shows the counts and warnings', async () => {
    await open();
    const rules = document.querySelectorAll('[data-testid="plan-import-rules"] li');
    expect(Array.from(rules).map((li) => li.textContent!.trim())).toEqual([
      'reserve.plan.importDialog.ruleSheet',
      'reserve.plan.importDialog.ruleDates',
      'reserve.plan.importDialog.ruleMatch',
      'import.ruleLayout',
      'import.ruleAmounts',
      'import.ruleNames',
      'import.ruleAllOrNothing',
      'import.ruleRepeat',
    ]);
    const imported = vi.fn();
    fixture.componentInstance.imported.subscribe(imported);
    await pick();
    await submit();
    const request = http.expectOne({ method: 'POST', url: importUrl });
    expect((request.request.body as FormData).get('file')).toBe(file);
    const result: PlanImportResultDto = {
      rows: 3,
      createdProjects: 1,
      updatedProjects: 0,
      addedEntries: 2,
      updatedEntries: 1,
      unchangedEntries: 0,
      warnings: ['第 4 行：项目代码为空，已按项目名称匹配'],
      skipped: [],
    };
    request.flush(result);
    await fixture.whenStable();
    expect(imported).toHaveBeenCalledWith(result);
    expect(document.querySelector('[data-testid="plan-import-result"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="plan-import-warnings"]')!.textContent).toContain(
      '已按项目名称匹配',
    );
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
    await pick();
    await submit();
    http.expectOne({ method: 'POST', url: importUrl }).flush(
      {
        title: '无法处理',
        status: 422,
        code: 'ImportInvalid',
        detail: '导入未执行：发现 2 处错误，请修改后重新导入（未作任何修改）。',
        problems: [
          { row: 3, column: '年度计划投资(万元)', value: '-5', message: '不能为负数' },
          { row: 5, column: '联系电话', value: 'abc', message: '联系电话格式不正确' },
        ],
        warnings: ['第 6 行：责任单位为空，将使用责任部门'],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    const problems = document.querySelector('[data-testid="plan-import-problems"]')!;
    expect(problems.querySelectorAll('[data-testid="plan-import-problem"]').length).toBe(2);
    expect(problems.textContent).toContain('联系电话格式不正确');
    expect(problems.textContent).toContain('发现 2 处错误');
    expect(problems.querySelector('[data-testid="plan-import-problem-total"]')).not.toBeNull();
    expect(problems.textContent).toContain('责任单位为空');
    expect(document.querySelector('[data-testid="plan-import-result"]')).toBeNull();

    problems
      .querySelector<HTMLButtonElement>('[data-testid="plan-import-error-workbook"]')!
      .click();
    const marked = http.expectOne({ method: 'POST', url: `${importUrl}/errors` });
    expect((marked.request.body as FormData).get('file')).toBe(file);
    expect(marked.request.responseType).toBe('blob');
    marked.flush(new Blob(['marked']));
    expect(names).toEqual(['2026计划-错误标注.xlsx']);
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it('shows the reason when the file is not a workbook', async () => {
    await open();
    await pick();
    await submit();
    http.expectOne(importUrl).flush(
      {
        status: 400,
        code: 'ImportNotWorkbook',
        detail: '无法读取该文件，请上传 Excel 工作簿（.xlsx）。',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="plan-import-failure"]')!.textContent).toContain(
      '无法读取该文件',
    );
    expect(document.querySelector('[data-testid="plan-import-problems"]')).toBeNull();
  });
});
