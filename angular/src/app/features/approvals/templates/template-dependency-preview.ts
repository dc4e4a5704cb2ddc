import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { EditableStep, dependencyLayers } from './template-rules';

/** The steps in columns by their longest prerequisite chain: a column's steps can run in parallel (并联审批). */
@Component({
  selector: 'app-template-dependency-preview',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="layers" data-testid="dependency-preview">
      @for (layer of layers(); track $index) {
        <div class="layer" data-testid="dependency-layer">
          <div class="layer-title">
            {{ 'approvals.templates.preview.layer' | translate: { n: $index + 1 } }}
          </div>
          @for (step of layer; track step.code) {
            <div class="step" [title]="step.code">
              <div class="step-name">{{ step.name || step.code }}</div>
              @if (step.prerequisites.length) {
                <div class="step-after">
                  {{ 'approvals.templates.preview.after' | translate }}{{ namesOf(step) }}
                </div>
              }
            </div>
          }
        </div>
      } @empty {
        <span>{{ 'approvals.templates.preview.empty' | translate }}</span>
      }
    </div>
  `,
  styles: `
    .layers {
      display: flex;
      gap: 12px;
      overflow-x: auto;
      padding: 8px 0;
    }
    .layer {
      min-width: 160px;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .layer-title {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
    .step {
      border: 1px solid #91caff;
      background: #e6f4ff;
      border-radius: 4px;
      padding: 6px 8px;
    }
    .step-after {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
  `,
})
export class TemplateDependencyPreview {
  readonly steps = input.required<EditableStep[]>();
  protected readonly layers = computed(() => dependencyLayers(this.steps()));
  private readonly names = computed(
    () => new Map(this.steps().map((s) => [s.code, s.name || s.code] as const)),
  );

  protected namesOf(step: EditableStep): string {
    return step.prerequisites.map((p) => this.names().get(p) ?? p).join('、');
  }
}
