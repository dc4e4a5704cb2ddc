import {
  moveStep,
  newStepCode,
  placeServerProblems,
  removeStep,
  renameCode,
  toRequest,
} from './template-draft';
import { step } from './template-test-data';

describe('template draft edits', () => {
  const steps = [step('A'), step('B', ['A']), step('C', ['A', 'B'])];

  it('rename a code everywhere it is a prerequisite', () => {
    expect(renameCode(steps, 0, 'START').map((s) => [s.code, s.prerequisites])).toEqual([
      ['START', []],
      ['B', ['START']],
      ['C', ['START', 'B']],
    ]);
  });

  it('drop the links to a removed step, move steps, and find a free code', () => {
    expect(removeStep(steps, 1).map((s) => [s.code, s.prerequisites])).toEqual([
      ['A', []],
      ['C', ['A']],
    ]);
    expect(moveStep(steps, 2, -1).map((s) => s.code)).toEqual(['A', 'C', 'B']);
    expect(moveStep(steps, 0, -1)).toBe(steps);
    expect(newStepCode([step('STEP_2')])).toBe('STEP_3');
  });

  it('send trimmed texts and no blank documents', () => {
    expect(
      toRequest(
        step(' A ', [], { name: ' 备案 ', requiredDocuments: [' 申请表 ', ' '], basis: ' 条例 ' }),
      ),
    ).toEqual(
      expect.objectContaining({
        code: 'A',
        name: '备案',
        requiredDocuments: ['申请表'],
        basis: '条例',
      }),
    );
  });

  it("put the server's messages on the steps they are keyed by, and the whole graph's in the general list", () => {
    const placed = placeServerProblems({
      errors: {
        'steps[1].name': ['第 2 个步骤：请填写步骤名称'],
        'steps[2].departmentCode': ['步骤“步骤C”（C）的办理部门“NOPE”不存在。'],
        'steps[1].timeLimitDays': [
          '步骤“步骤B”（B）的法定时限为 0 个工作日，应在 1–365 个工作日之间。',
        ],
        steps: ['步骤之间存在循环依赖：“步骤A”（A） → “步骤B”（B） → “步骤A”（A）。'],
      },
    });
    expect([...placed.byStep.entries()]).toEqual([
      [
        1,
        [
          '第 2 个步骤：请填写步骤名称',
          '步骤“步骤B”（B）的法定时限为 0 个工作日，应在 1–365 个工作日之间。',
        ],
      ],
      [2, ['步骤“步骤C”（C）的办理部门“NOPE”不存在。']],
    ]);
    expect(placed.general).toEqual([
      '步骤之间存在循环依赖：“步骤A”（A） → “步骤B”（B） → “步骤A”（A）。',
    ]);
    expect(placeServerProblems({ detail: '请求无效' }).general).toEqual(['请求无效']);
  });
});
