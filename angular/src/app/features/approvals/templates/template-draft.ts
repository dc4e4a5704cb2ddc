import { Problem } from '../../../core/http/problem-details';
import { TemplateStepDto } from '../../../api/models/template-step-dto';
import { TemplateStepRequest } from '../../../api/models/template-step-request';
import { EditableStep } from './template-rules';

export function toEditable(step: TemplateStepDto): EditableStep {
  return {
    code: step.code,
    name: step.name,
    departmentCode: step.departmentCode,
    timeLimitDays: step.timeLimitDays,
    requiredDocuments: [...step.requiredDocuments],
    prerequisites: [...step.prerequisites],
    source: step.source === 'National' ? 'National' : 'Default',
    basis: step.basis,
  };
}

export function toRequest(step: EditableStep): TemplateStepRequest {
  return {
    code: step.code.trim(),
    name: step.name.trim(),
    departmentCode: step.departmentCode,
    timeLimitDays: step.timeLimitDays,
    requiredDocuments: step.requiredDocuments.map((d) => d.trim()).filter((d) => d.length > 0),
    prerequisites: [...step.prerequisites],
    source: step.source,
    basis: step.basis.trim(),
  };
}

/** A code for a new step that no other step uses: STEP_1, STEP_2 … */
export function newStepCode(steps: EditableStep[]): string {
  const taken = new Set(steps.map((s) => s.code));
  let n = steps.length + 1;
  while (taken.has(`STEP_${n}`)) n++;
  return `STEP_${n}`;
}

/** Renames a step's code and every prerequisite that points at it. */
export function renameCode(steps: EditableStep[], index: number, code: string): EditableStep[] {
  const old = steps[index].code;
  return steps.map((s, i) =>
    i === index
      ? { ...s, code }
      : { ...s, prerequisites: s.prerequisites.map((p) => (p === old ? code : p)) },
  );
}

/** Removes a step and the prerequisite links to it. */
export function removeStep(steps: EditableStep[], index: number): EditableStep[] {
  const code = steps[index].code;
  return steps
    .filter((_, i) => i !== index)
    .map((s) => ({ ...s, prerequisites: s.prerequisites.filter((p) => p !== code) }));
}

export function moveStep(steps: EditableStep[], index: number, by: -1 | 1): EditableStep[] {
  const to = index + by;
  if (to < 0 || to >= steps.length) return steps;
  const moved = [...steps];
  [moved[index], moved[to]] = [moved[to], moved[index]];
  return moved;
}

/** The server's messages for a refused draft: per step (by index) and those that name no step. */
export interface ServerProblems {
  byStep: Map<number, string[]>;
  general: string[];
}

/**
 * Places a 400's messages: the server keys a step's errors by its index (`steps[3].timeLimitDays`) and the rules
 * on the whole graph (a cycle, no start step, separate parts) by `steps`, which go to the general list.
 */
export function placeServerProblems(problem: Problem | null): ServerProblems {
  const byStep = new Map<number, string[]>();
  const general: string[] = [];
  for (const [field, messages] of Object.entries(problem?.errors ?? {})) {
    const indexed = /^steps\[(\d+)\]/i.exec(field);
    if (indexed) {
      const i = Number(indexed[1]);
      byStep.set(i, [...(byStep.get(i) ?? []), ...messages]);
    } else {
      general.push(...messages);
    }
  }
  if (!byStep.size && !general.length && problem?.detail) general.push(problem.detail);
  return { byStep, general };
}
