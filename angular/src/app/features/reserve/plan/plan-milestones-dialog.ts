import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { Api } from '../../../api/api';
import { proposePlanMilestones } from '../../../api/fn/reserve/propose-plan-milestones';
import { savePlanMilestones } from '../../../api/fn/reserve/save-plan-milestones';
import { MilestoneKind } from '../../../api/models/milestone-kind';
import { PlanEntryDto } from '../../../api/models/plan-entry-dto';
import { PlanMilestoneDto } from '../../../api/models/plan-milestone-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { dateToApi } from '../pre-work-funds/pre-work-funds-model';
import { revealAll } from '../project-form/project-form-model';
import { MILESTONE_KINDS, dayFromApi } from './plan-model';
import {
  MilestoneRow,
  milestonesInOrder,
  milestonesRequest,
  rowsFor,
} from './plan-milestones-model';

/**
 * 节点计划 modal: choose milestones and the deadline of the last one, let the server work the dates backwards
 * (倒排推算), adjust them, record actual dates, and save with the concurrency stamp.
 */
@Component({
  selector: 'app-plan-milestones-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-milestones-dialog.html',
  styles: `
    .choose {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-bottom: 8px;
    }
    .hint {
      margin-bottom: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .rule-error {
      margin-top: 12px;
    }
  `,
})
export class PlanMilestonesDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly entry = input.required<PlanEntryDto>();
  readonly closed = output<void>();
  /** The saved entry, or null after a stale-edit conflict (reload). */
  readonly saved = output<PlanEntryDto | null>();

  protected readonly kinds = MILESTONE_KINDS;
  protected readonly saving = signal(false);
  protected readonly proposing = signal(false);

  protected readonly chosen = new FormGroup(
    Object.fromEntries(
      MILESTONE_KINDS.map((kind) => [kind, new FormControl(false, { nonNullable: true })]),
    ) as Record<MilestoneKind, FormControl<boolean>>,
  );
  protected readonly deadline = new FormControl<Date | null>(null, Validators.required);
  protected readonly rows = new FormArray<MilestoneRow>([], milestonesInOrder);
  protected readonly form = new FormGroup({ milestones: this.rows });
  /** The current rows; a new array whenever they are replaced, so the OnPush table re-renders. */
  protected readonly rowControls = signal<MilestoneRow[]>([]);

  ngOnInit(): void {
    const existing = this.entry().milestones;
    const kinds = existing.length ? existing.map((m) => m.kind) : MILESTONE_KINDS;
    this.chosen.setValue(
      Object.fromEntries(MILESTONE_KINDS.map((kind) => [kind, kinds.includes(kind)])) as Record<
        MilestoneKind,
        boolean
      >,
    );
    this.replaceRows(rowsFor(kinds, [], existing));
    const last = [...existing]
      .sort((a, b) => MILESTONE_KINDS.indexOf(a.kind) - MILESTONE_KINDS.indexOf(b.kind))
      .at(-1);
    this.deadline.setValue(dayFromApi(last?.plannedDate));
    this.chosen.valueChanges.subscribe(() =>
      this.replaceRows(rowsFor(this.chosenKinds(), this.rows.controls)),
    );
  }

  protected chosenKinds(): MilestoneKind[] {
    const value = this.chosen.getRawValue();
    return MILESTONE_KINDS.filter((kind) => value[kind]);
  }

  private replaceRows(rows: MilestoneRow[]): void {
    this.rows.clear({ emitEvent: false });
    rows.forEach((row) => this.rows.push(row, { emitEvent: false }));
    this.rows.updateValueAndValidity();
    this.rowControls.set([...this.rows.controls]);
  }

  /** 倒排推算: the server's proposal fills 系统建议 and 计划日期 of the chosen milestones. */
  protected propose(): void {
    const kinds = this.chosenKinds();
    if (!kinds.length || !this.deadline.value) {
      this.deadline.markAsDirty();
      this.deadline.updateValueAndValidity();
      return;
    }
    const entry = this.entry();
    this.proposing.set(true);
    this.api
      .invoke(proposePlanMilestones, {
        year: entry.year,
        id: entry.id,
        body: { milestones: kinds, deadline: dateToApi(this.deadline.value) },
      })
      .subscribe({
        next: (proposal: PlanMilestoneDto[]) => {
          this.proposing.set(false);
          this.replaceRows(rowsFor(kinds, this.rows.controls, proposal));
        },
        error: (error: unknown) => {
          this.proposing.set(false);
          this.problems.report(error);
        },
      });
  }

  protected submit(): void {
    if (this.form.invalid) {
      revealAll(this.form);
      return;
    }
    const entry = this.entry();
    this.problems.save(
      this.api.invoke(savePlanMilestones, {
        year: entry.year,
        id: entry.id,
        body: milestonesRequest(this.rows, entry.concurrencyStamp),
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (updated) => this.saved.emit(updated),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
