import { FormBuilder, Validators } from '@angular/forms';

/** The states of an approval step as the server names them. */
export const STEP_STATES = [
  'Waiting',
  'Pending',
  'Returned',
  'Approved',
  'Rejected',
  'NotApplicable',
] as const;

/** Tag colours (ng-zorro presets) of step and instance states: done is green, returned orange, refused red. */
export const STATE_COLORS: Record<string, string> = {
  Waiting: 'default',
  Pending: 'processing',
  Returned: 'warning',
  Approved: 'success',
  Rejected: 'error',
  NotApplicable: 'success',
  Running: 'processing',
  Completed: 'success',
};

/** Fill colours of the graph's nodes, the same meaning as the tags. */
export const NODE_FILLS: Record<string, string> = {
  Waiting: '#f5f5f5',
  Pending: '#e6f4ff',
  Returned: '#fff7e6',
  Approved: '#f6ffed',
  Rejected: '#fff1f0',
  NotApplicable: '#f6ffed',
};

export const NODE_STROKES: Record<string, string> = {
  Waiting: '#bfbfbf',
  Pending: '#1677ff',
  Returned: '#fa8c16',
  Approved: '#52c41a',
  Rejected: '#f5222d',
  NotApplicable: '#95de64',
};

/** 正常 / 临期 / 超期 against the step's legal time limit. */
export const LIMIT_COLORS: Record<string, string> = {
  Normal: 'green',
  Reminded80: 'orange',
  Overdue: 'red',
};

export type DecisionKind = 'Approve' | 'Return' | 'Reject';

/** A comment is required to return (what to amend) or to refuse (why). */
export function commentRequired(decision: DecisionKind | null): boolean {
  return decision === 'Return' || decision === 'Reject';
}

export function createDecisionForm() {
  return new FormBuilder().nonNullable.group({
    decision: ['Approve' as DecisionKind, Validators.required],
    comment: ['', Validators.maxLength(2000)],
  });
}

export function createResubmitForm() {
  return new FormBuilder().nonNullable.group({
    comment: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(2000)]],
  });
}

/** A fresh key for one decision dialog; every retry from the same dialog sends it again, so the decision is made once. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export interface GraphStep {
  code: string;
  prerequisites: string[];
}

/** Each step's layer: 0 without prerequisites, else one more than its deepest prerequisite. */
export function layersOf(steps: GraphStep[]): Map<string, number> {
  const byCode = new Map(steps.map((s) => [s.code, s]));
  const layers = new Map<string, number>();
  const layer = (code: string, seen: Set<string>): number => {
    const known = layers.get(code);
    if (known !== undefined) {
      return known;
    }
    const step = byCode.get(code);
    if (!step || seen.has(code)) {
      return 0;
    }
    seen.add(code);
    const value = step.prerequisites.length
      ? 1 + Math.max(...step.prerequisites.map((p) => layer(p, seen)))
      : 0;
    layers.set(code, value);
    return value;
  };
  steps.forEach((s) => layer(s.code, new Set()));
  return layers;
}

export interface NodeBox {
  code: string;
  x: number;
  y: number;
}

export interface Edge {
  from: string;
  to: string;
  critical: boolean;
}

export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 52;
const GAP_X = 56;
const GAP_Y = 20;

/** Positions of the nodes, layer by layer from left to right, in template order within a layer. */
export function layout(steps: GraphStep[]): {
  nodes: NodeBox[];
  width: number;
  height: number;
} {
  const layers = layersOf(steps);
  const rows = new Map<number, number>();
  const nodes = steps.map((s) => {
    const column = layers.get(s.code) ?? 0;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    return { code: s.code, x: column * (NODE_WIDTH + GAP_X), y: row * (NODE_HEIGHT + GAP_Y) };
  });
  const columns = Math.max(0, ...layers.values()) + 1;
  const maxRows = Math.max(1, ...rows.values());
  return {
    nodes,
    width: steps.length ? columns * NODE_WIDTH + (columns - 1) * GAP_X : 0,
    height: maxRows * NODE_HEIGHT + (maxRows - 1) * GAP_Y,
  };
}

/** The edges prerequisite → step; an edge between consecutive steps of the critical path is critical. */
export function edgesOf(steps: GraphStep[], criticalPath: string[]): Edge[] {
  const next = new Map(criticalPath.slice(0, -1).map((c, i) => [c, criticalPath[i + 1]]));
  return steps.flatMap((s) =>
    s.prerequisites.map((p) => ({ from: p, to: s.code, critical: next.get(p) === s.code })),
  );
}
