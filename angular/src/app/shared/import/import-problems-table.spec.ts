import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ImportInvalidProblem } from './import-problems';
import { ImportProblemsTable } from './import-problems-table';
import {
  allByTestId,
  byTestId,
  importTestProviders,
  refusal,
  useChinese,
} from './import-test-data';

describe('ImportProblemsTable', () => {
  let fixture: ComponentFixture<ImportProblemsTable>;

  async function render(problem: ImportInvalidProblem) {
    TestBed.configureTestingModule({
      imports: [ImportProblemsTable],
      providers: importTestProviders(),
    });
    useChinese();
    fixture = TestBed.createComponent(ImportProblemsTable);
    fixture.componentRef.setInput('testIdPrefix', 'x');
    fixture.componentRef.setInput('problem', problem);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists each bad cell with its 单元格 and the total', async () => {
    const root = await render(
      refusal({
        problems: [
          { row: 7, column: '总投资（亿元）', value: 'abc', message: '应为数字', cell: 'F7' },
          { row: 3, column: '责任单位', value: null, message: '缺少必填列', cell: null },
        ],
      }),
    );
    expect(root.querySelector('thead')!.textContent).toContain('单元格');
    const rows = allByTestId('x-problem', root);
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('F7');
    expect(rows[0].textContent).toContain('总投资（亿元）');
    expect(allByTestId('x-problem-cell', root).map((c) => c.textContent!.trim())).toEqual([
      'F7',
      '—',
    ]);
    expect(byTestId('x-problem-total', root)!.textContent).toContain('共 2 处错误');
    expect(byTestId('x-problem-cap', root)).toBeNull();
  });

  it('says when only the first problems are listed, with the total the server counted', async () => {
    const problems = Array.from({ length: 12 }, (_, i) => ({
      row: i + 2,
      column: '联系电话',
      value: 'x',
      message: '联系电话格式不正确',
      cell: `O${i + 2}`,
    }));
    const root = await render(refusal({ problems, problemCount: 1234 }));
    expect(byTestId('x-problem-total', root)!.textContent).toContain('共 1234 处错误');
    expect(byTestId('x-problem-cap', root)!.textContent).toContain(
      '此处列出前 12 处，其余请下载错误标注文件查看',
    );
    // ten a page: the rest are on the next page of the table
    expect(allByTestId('x-problem', root).length).toBe(10);
  });

  it('shows the skipped rows and the notes of a refused file', async () => {
    const root = await render(
      refusal({
        skipped: [{ row: 4, reason: '分组行', text: '一、续建项目（18个）' }],
        warnings: ['「总投资」第 5 行按亿元换算为万元导入'],
      }),
    );
    expect(byTestId('x-skipped-row', root)!.textContent).toContain(
      '第 4 行 分组行「一、续建项目（18个）」',
    );
    expect(byTestId('x-problem-warnings', root)!.textContent).toContain('按亿元换算为万元');
  });
});
