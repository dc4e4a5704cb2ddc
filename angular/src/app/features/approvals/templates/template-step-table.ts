import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { moveStep, newStepCode, removeStep, renameCode } from './template-draft';
import { EditableStep, MAX_TIME_LIMIT, MIN_TIME_LIMIT, RuleProblem } from './template-rules';

/**
 * A version's steps as a table: read-only, or editable (add, remove, move up/down, every field) with each step's
 * problems (the server's sentences and the browser's checks) in a row under it. Every edit emits the new step list.
 */
@Component({
  selector: 'app-template-step-table',
  imports: [SHARED_IMPORTS, FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-step-table.html',
  styles: `
    .full {
      width: 100%;
    }
    .has-problem td,
    .problem-row td {
      background: #fff2f0;
    }
    .problem {
      color: #cf1322;
    }
    .add {
      width: 100%;
      margin-top: 8px;
    }
  `,
})
export class TemplateStepTable {
  readonly steps = input.required<EditableStep[]>();
  readonly departments = input<DepartmentOptionDto[]>([]);
  readonly editable = input(false);
  readonly serverProblems = input<ReadonlyMap<number, string[]>>(new Map());
  readonly ruleProblems = input<ReadonlyMap<number, RuleProblem[]>>(new Map());
  readonly stepsChange = output<EditableStep[]>();

  protected readonly minLimit = MIN_TIME_LIMIT;
  protected readonly maxLimit = MAX_TIME_LIMIT;

  patch(index: number, patch: Partial<EditableStep>): void {
    this.stepsChange.emit(this.steps().map((s, i) => (i === index ? { ...s, ...patch } : s)));
  }

  rename(index: number, code: string): void {
    this.stepsChange.emit(renameCode(this.steps(), index, code));
  }

  /** A new step after the last one, waiting for it (so the graph stays connected). */
  add(): void {
    const steps = this.steps();
    const step: EditableStep = {
      code: newStepCode(steps),
      name: '',
      departmentCode: '',
      timeLimitDays: 20,
      requiredDocuments: [],
      prerequisites: steps.length ? [steps[steps.length - 1].code] : [],
      source: 'Default',
      basis: '',
    };
    this.stepsChange.emit([...steps, step]);
  }

  remove(index: number): void {
    this.stepsChange.emit(removeStep(this.steps(), index));
  }

  move(index: number, by: -1 | 1): void {
    this.stepsChange.emit(moveStep(this.steps(), index, by));
  }

  protected departmentName(code: string): string {
    return this.departments().find((d) => d.code === code)?.name ?? code;
  }

  protected otherSteps(step: EditableStep): EditableStep[] {
    return this.steps().filter((s) => s !== step);
  }
}
