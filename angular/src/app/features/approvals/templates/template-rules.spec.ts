import { checkSteps, dependencyLayers, findCycles } from './template-rules';
import { step } from './template-test-data';

const departments = new Set(['DRC', 'EEB']);
const keys = (problems: { key: string }[]) => problems.map((p) => p.key.split('.').pop());

describe('template rules in the browser', () => {
  it('pass a connected graph whose steps all start from a start step', () => {
    const steps = [step('A'), step('B', ['A']), step('C', ['A']), step('D', ['B', 'C'])];
    expect(checkSteps(steps, departments)).toEqual([]);
  });

  it('refuse a step that is its own prerequisite, naming it', () => {
    const problems = checkSteps([step('A'), step('B', ['A', 'B'])], departments);
    expect(problems[0]).toEqual({
      key: 'approvals.templates.rules.self',
      params: { step: '“步骤B”（B）' },
      steps: [1],
    });
  });

  it('name a cycle in the order the steps wait, starting at the step listed first', () => {
    const steps = [step('S'), step('A', ['S', 'C']), step('B', ['A']), step('C', ['B'])];
    expect(findCycles(steps)).toEqual([['A', 'B', 'C']]);
    const cycle = checkSteps(steps, departments).find((p) => p.key.endsWith('cycle'))!;
    expect(cycle.params['path']).toBe('“步骤A”（A） → “步骤B”（B） → “步骤C”（C） → “步骤A”（A）');
    expect(cycle.steps).toEqual([1, 2, 3]);
  });

  it('report a step waiting behind a cycle as unreachable, and a graph without a start step', () => {
    const behind = checkSteps(
      [step('S'), step('A', ['S', 'B']), step('B', ['A']), step('D', ['B'])],
      departments,
    );
    expect(keys(behind)).toEqual(['cycle', 'unreachable']);
    expect(behind[1].steps).toEqual([3]);
    expect(keys(checkSteps([step('A', ['B']), step('B', ['A'])], departments))).toContain(
      'noStart',
    );
  });

  it('report unknown departments and prerequisites, bad limits, duplicate codes and two unconnected parts', () => {
    const problems = checkSteps(
      [
        step('A', [], { departmentCode: 'NOPE', timeLimitDays: 400 }),
        step('B', ['X']),
        step('A', [], { name: '重复' }),
        step('C'),
      ],
      departments,
    );
    expect(keys(problems)).toEqual([
      'duplicateCode',
      'timeLimit',
      'department',
      'missingPrerequisite',
      'disconnected',
    ]);
    expect(problems.at(-1)!.params['count']).toBe(3);
  });

  it('lays the steps out by their longest prerequisite chain, leaving out steps on a cycle', () => {
    const layers = dependencyLayers([
      step('A'),
      step('B', ['A']),
      step('C', ['A', 'B']),
      step('D'),
      step('X', ['Y']),
      step('Y', ['X']),
    ]);
    expect(layers.map((l) => l.map((s) => s.code))).toEqual([['A', 'D'], ['B'], ['C']]);
  });
});
