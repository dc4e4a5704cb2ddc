import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SkippedRow } from '../../api/models/skipped-row';
import { ImportSkippedRows } from './import-skipped-rows';
import { allByTestId, byTestId, importTestProviders, useChinese } from './import-test-data';

describe('ImportSkippedRows', () => {
  let fixture: ComponentFixture<ImportSkippedRows>;

  async function render(skipped: SkippedRow[]) {
    TestBed.configureTestingModule({
      imports: [ImportSkippedRows],
      providers: importTestProviders(),
    });
    useChinese();
    fixture = TestBed.createComponent(ImportSkippedRows);
    fixture.componentRef.setInput('testIdPrefix', 'x');
    fixture.componentRef.setInput('skipped', skipped);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists each skipped row with its reason and text, collapsed under the count', async () => {
    const root = await render([
      { row: 2, reason: '空行', text: null },
      { row: 4, reason: '分组行', text: '一、续建项目（18个）' },
      { row: 30, reason: '小计/合计行', text: '合计' },
    ]);
    const panel = byTestId('x-skipped', root)!;
    expect(panel.textContent).toContain('已跳过 3 行');
    expect(panel.querySelector('.ant-collapse-item-active')).toBeNull();
    expect(allByTestId('x-skipped-row', root).map((li) => li.textContent!.trim())).toEqual([
      '第 2 行 空行',
      '第 4 行 分组行「一、续建项目（18个）」',
      '第 30 行 小计/合计行「合计」',
    ]);
  });

  it('shows nothing when no row was skipped', async () => {
    const root = await render([]);
    expect(byTestId('x-skipped', root)).toBeNull();
  });
});
