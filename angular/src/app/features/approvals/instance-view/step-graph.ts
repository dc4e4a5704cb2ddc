import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { InstanceStepDto } from '../../../api/models/instance-step-dto';
import {
  NODE_FILLS,
  NODE_HEIGHT,
  NODE_STROKES,
  NODE_WIDTH,
  edgesOf,
  layout,
} from '../approvals-model';

/**
 * The steps as a layered graph (SVG): a step one column right of its deepest prerequisite, coloured by state, the
 * critical path drawn thick in red.
 */
@Component({
  selector: 'app-step-graph',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="graph-scroll">
      <svg
        data-testid="instance-graph"
        [attr.width]="box().width + 16"
        [attr.height]="box().height + 16"
        [attr.viewBox]="'-8 -8 ' + (box().width + 16) + ' ' + (box().height + 16)"
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#8c8c8c" />
          </marker>
          <marker
            id="arrow-critical"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#cf1322" />
          </marker>
        </defs>
        @for (e of lines(); track e.key) {
          <path
            [attr.d]="e.d"
            fill="none"
            [attr.stroke]="e.critical ? '#cf1322' : '#8c8c8c'"
            [attr.stroke-width]="e.critical ? 3 : 1.5"
            [attr.marker-end]="e.critical ? 'url(#arrow-critical)' : 'url(#arrow)'"
            [attr.data-testid]="'graph-edge-' + e.key"
            [attr.data-critical]="e.critical"
          />
        }
        @for (n of nodes(); track n.code) {
          <g
            [attr.transform]="'translate(' + n.x + ',' + n.y + ')'"
            [attr.data-testid]="'graph-node-' + n.code"
            [attr.data-state]="n.state"
            [attr.data-critical]="n.critical"
          >
            <title>{{ n.name }}</title>
            <rect
              [attr.width]="width"
              [attr.height]="height"
              rx="6"
              [attr.fill]="fills[n.state]"
              [attr.stroke]="n.critical ? '#cf1322' : strokes[n.state]"
              [attr.stroke-width]="n.critical ? 3 : 1.5"
            />
            <text x="10" y="21" font-size="13" font-weight="600">{{ n.label }}</text>
            <text x="10" y="40" font-size="12" fill="#595959">{{ n.detail }}</text>
          </g>
        }
      </svg>
    </div>
  `,
  styles: `
    .graph-scroll {
      overflow-x: auto;
    }
  `,
})
export class StepGraph {
  readonly steps = input.required<InstanceStepDto[]>();
  readonly criticalPath = input<string[]>([]);
  /** Each step's state in words (already translated), for the second line of its node. */
  readonly stateNames = input<Record<string, string>>({});

  protected readonly width = NODE_WIDTH;
  protected readonly height = NODE_HEIGHT;
  protected readonly fills = NODE_FILLS;
  protected readonly strokes = NODE_STROKES;

  protected readonly box = computed(() => layout(this.steps()));

  protected readonly nodes = computed(() => {
    const critical = new Set(this.criticalPath());
    const byCode = new Map(this.steps().map((s) => [s.code, s]));
    return this.box().nodes.map((n) => {
      const step = byCode.get(n.code)!;
      return {
        ...n,
        name: step.name,
        label: step.name.length > 11 ? step.name.slice(0, 10) + '…' : step.name,
        detail: `${step.departmentName ?? step.departmentCode} · ${this.stateNames()[step.state] ?? step.state}`,
        state: step.state,
        critical: critical.has(n.code),
      };
    });
  });

  protected readonly lines = computed(() => {
    const at = new Map(this.box().nodes.map((n) => [n.code, n]));
    return edgesOf(this.steps(), this.criticalPath()).flatMap((e) => {
      const from = at.get(e.from);
      const to = at.get(e.to);
      if (!from || !to) {
        return [];
      }
      const x1 = from.x + NODE_WIDTH;
      const y1 = from.y + NODE_HEIGHT / 2;
      const x2 = to.x;
      const y2 = to.y + NODE_HEIGHT / 2;
      const mid = (x1 + x2) / 2;
      return [
        {
          key: `${e.from}-${e.to}`,
          critical: e.critical,
          d: `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`,
        },
      ];
    });
  });
}
