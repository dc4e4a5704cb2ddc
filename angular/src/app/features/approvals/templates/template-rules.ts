/**
 * The template rules of the server (TemplateRules.cs), checked in the browser so the editor can point at a step
 * before saving: codes, names, departments, time limits, prerequisites, cycles, reachability, connectivity.
 * The server checks again; its messages are shown as it sends them.
 */

export const MIN_TIME_LIMIT = 1;
export const MAX_TIME_LIMIT = 365;
export const CODE_PATTERN = /^[A-Za-z0-9_-]+$/;

/** A step as the editor holds it (the draft's request shape). */
export interface EditableStep {
  code: string;
  name: string;
  departmentCode: string;
  timeLimitDays: number;
  requiredDocuments: string[];
  prerequisites: string[];
  source: 'National' | 'Default';
  basis: string;
}

/** A problem found in the browser: a translation key with its values, and the steps (by index) it concerns. */
export interface RuleProblem {
  key: string;
  params: Record<string, string | number>;
  steps: number[];
}

export const stepLabel = (step: EditableStep) => `“${step.name}”（${step.code}）`;

export function checkSteps(
  steps: EditableStep[],
  departmentCodes: ReadonlySet<string>,
): RuleProblem[] {
  if (steps.length === 0) {
    return [{ key: 'approvals.templates.rules.empty', params: {}, steps: [] }];
  }
  const problems: RuleProblem[] = [];
  const byCode = new Map<string, number>();
  steps.forEach((step, i) => {
    const code = step.code.trim();
    if (!code) {
      problems.push(problem('noCode', { n: i + 1 }, [i]));
      return;
    }
    if (!CODE_PATTERN.test(code)) {
      problems.push(problem('badCode', { step: stepLabel(step) }, [i]));
    }
    const first = byCode.get(code);
    if (first !== undefined) {
      problems.push(
        problem('duplicateCode', { code, a: steps[first].name, b: step.name }, [first, i]),
      );
    } else {
      byCode.set(code, i);
    }
  });
  steps.forEach((step, i) => {
    if (!step.code.trim()) return;
    const label = stepLabel(step);
    if (!step.name.trim()) problems.push(problem('noName', { code: step.code }, [i]));
    const days = step.timeLimitDays;
    if (!Number.isInteger(days) || days < MIN_TIME_LIMIT || days > MAX_TIME_LIMIT) {
      problems.push(
        problem('timeLimit', { step: label, days, min: MIN_TIME_LIMIT, max: MAX_TIME_LIMIT }, [i]),
      );
    }
    if (!departmentCodes.has(step.departmentCode)) {
      problems.push(problem('department', { step: label, department: step.departmentCode }, [i]));
    }
    if (step.prerequisites.includes(step.code)) {
      problems.push(problem('self', { step: label }, [i]));
    }
    for (const missing of new Set(step.prerequisites.filter((p) => !byCode.has(p)))) {
      problems.push(problem('missingPrerequisite', { step: label, code: missing }, [i]));
    }
  });
  const onCycles = checkCycles(steps, byCode, problems);
  checkReachable(steps, byCode, onCycles, problems);
  checkConnected(steps, byCode, problems);
  return problems;
}

function problem(name: string, params: RuleProblem['params'], steps: number[]): RuleProblem {
  return { key: `approvals.templates.rules.${name}`, params, steps };
}

/** Each cycle once, starting at its step listed first, read in the order the steps would wait for each other. */
export function findCycles(steps: EditableStep[]): string[][] {
  const byCode = new Map<string, number>();
  steps.forEach((s, i) => (byCode.has(s.code) ? undefined : byCode.set(s.code, i)));
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (code: string) => {
    if (done.has(code)) return;
    const at = path.indexOf(code);
    if (at >= 0) {
      const found = path.slice(at).reverse();
      const first = found.reduce((a, b) => (byCode.get(b)! < byCode.get(a)! ? b : a));
      const start = found.indexOf(first);
      const cycle = [...found.slice(start), ...found.slice(0, start)];
      const key = [...cycle].sort().join(',');
      if (!seen.has(key)) {
        seen.add(key);
        cycles.push(cycle);
      }
      return;
    }
    path.push(code);
    const step = steps[byCode.get(code)!];
    for (const p of new Set(step.prerequisites.filter((c) => byCode.has(c) && c !== code))) {
      visit(p);
    }
    path.pop();
    done.add(code);
  };
  [...byCode.keys()].forEach(visit);
  return cycles;
}

function checkCycles(steps: EditableStep[], byCode: Map<string, number>, problems: RuleProblem[]) {
  const onCycles = new Set<string>();
  for (const cycle of findCycles(steps)) {
    cycle.forEach((c) => onCycles.add(c));
    const path = [...cycle, cycle[0]].map((c) => stepLabel(steps[byCode.get(c)!])).join(' → ');
    problems.push(
      problem(
        'cycle',
        { path },
        cycle.map((c) => byCode.get(c)!),
      ),
    );
  }
  return onCycles;
}

function checkReachable(
  steps: EditableStep[],
  byCode: Map<string, number>,
  onCycles: Set<string>,
  problems: RuleProblem[],
) {
  const known = [...byCode.values()].map((i) => steps[i]);
  if (known.length > 0 && known.every((s) => s.prerequisites.length > 0)) {
    problems.push(problem('noStart', {}, []));
    return;
  }
  const reachable = reachableCodes(known);
  for (const step of known) {
    if (
      !reachable.has(step.code) &&
      !onCycles.has(step.code) &&
      step.prerequisites.every((p) => byCode.has(p))
    ) {
      problems.push(problem('unreachable', { step: stepLabel(step) }, [byCode.get(step.code)!]));
    }
  }
}

function reachableCodes(steps: EditableStep[]): Set<string> {
  const reachable = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of steps) {
      if (!reachable.has(s.code) && s.prerequisites.every((p) => reachable.has(p))) {
        reachable.add(s.code);
        grew = true;
      }
    }
  }
  return reachable;
}

function checkConnected(
  steps: EditableStep[],
  byCode: Map<string, number>,
  problems: RuleProblem[],
) {
  const neighbours = new Map([...byCode.keys()].map((c) => [c, new Set<string>()]));
  for (const i of byCode.values()) {
    for (const p of steps[i].prerequisites.filter((c) => byCode.has(c))) {
      neighbours.get(steps[i].code)!.add(p);
      neighbours.get(p)!.add(steps[i].code);
    }
  }
  const parts: string[][] = [];
  const seen = new Set<string>();
  for (const code of byCode.keys()) {
    if (seen.has(code)) continue;
    const part: string[] = [];
    const queue = [code];
    seen.add(code);
    while (queue.length) {
      const current = queue.shift()!;
      part.push(current);
      for (const next of neighbours.get(current)!) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    parts.push(part);
  }
  if (parts.length > 1) {
    const described = parts
      .map((p) => '{' + p.map((c) => stepLabel(steps[byCode.get(c)!])).join('、') + '}')
      .join('；');
    problems.push(problem('disconnected', { count: parts.length, parts: described }, []));
  }
}

/**
 * Columns for the dependency preview: a step's layer is the length of its longest prerequisite chain
 * (start steps are layer 0). Steps on a cycle or waiting for a missing step are left out (the rules report them).
 */
export function dependencyLayers(steps: EditableStep[]): EditableStep[][] {
  const byCode = new Map(steps.map((s) => [s.code, s]));
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (step: EditableStep): number => {
    const known = depth.get(step.code);
    if (known !== undefined) return known;
    if (visiting.has(step.code)) return Number.NaN;
    visiting.add(step.code);
    let d = 0;
    for (const p of step.prerequisites) {
      const prerequisite = byCode.get(p);
      d = Math.max(d, prerequisite ? depthOf(prerequisite) + 1 : Number.NaN);
    }
    visiting.delete(step.code);
    depth.set(step.code, d);
    return d;
  };
  const layers: EditableStep[][] = [];
  for (const step of steps) {
    const d = depthOf(step);
    if (Number.isNaN(d)) continue;
    (layers[d] ??= []).push(step);
  }
  return layers.filter((l) => l !== undefined);
}
