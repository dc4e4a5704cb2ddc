import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MilestoneKind } from '../../../api/models/milestone-kind';
import { PlanMilestoneDto } from '../../../api/models/plan-milestone-dto';
import { SavePlanMilestonesRequest } from '../../../api/models/save-plan-milestones-request';
import { dateToApi, notInFuture } from '../pre-work-funds/pre-work-funds-model';
import { MILESTONE_KINDS, dayFromApi } from './plan-model';

export type MilestoneRow = FormGroup<{
  kind: FormControl<MilestoneKind>;
  /** 系统建议 ('YYYY-MM-DD'), read-only: what 倒排推算 proposed. */
  proposedDate: FormControl<string | null>;
  plannedDate: FormControl<Date | null>;
  actualDate: FormControl<Date | null>;
}>;

export function milestoneRow(
  kind: MilestoneKind,
  milestone?: Pick<PlanMilestoneDto, 'plannedDate' | 'proposedDate' | 'actualDate'>,
): MilestoneRow {
  return new FormGroup({
    kind: new FormControl(kind, { nonNullable: true }),
    proposedDate: new FormControl<string | null>(milestone?.proposedDate ?? null),
    plannedDate: new FormControl<Date | null>(
      dayFromApi(milestone?.plannedDate),
      Validators.required,
    ),
    actualDate: new FormControl<Date | null>(dayFromApi(milestone?.actualDate), notInFuture),
  });
}

/** The planned dates must not go backwards along 前期完成 → 开工 → 主体完工 → 竣工: `{ milestoneOrder: true }`. */
export const milestonesInOrder: ValidatorFn = (array: AbstractControl): ValidationErrors | null => {
  const dates = (array as FormArray<MilestoneRow>)
    .getRawValue()
    .sort((a, b) => MILESTONE_KINDS.indexOf(a.kind) - MILESTONE_KINDS.indexOf(b.kind))
    .map((row) => (row.plannedDate ? dateToApi(row.plannedDate) : null))
    .filter((date): date is string => date !== null);
  return dates.some((date, i) => i > 0 && date < dates[i - 1]) ? { milestoneOrder: true } : null;
};

/**
 * Rows for the chosen kinds in milestone order: a proposal's row replaces the current one (keeping an entered
 * 实际完成), a kind without either gets an empty row.
 */
export function rowsFor(
  kinds: readonly MilestoneKind[],
  current: readonly MilestoneRow[],
  proposal: readonly PlanMilestoneDto[] = [],
): MilestoneRow[] {
  return MILESTONE_KINDS.filter((kind) => kinds.includes(kind)).map((kind) => {
    const existing = current.find((row) => row.controls.kind.value === kind);
    const proposed = proposal.find((m) => m.kind === kind);
    if (!proposed) {
      return existing ?? milestoneRow(kind);
    }
    const row = milestoneRow(kind, proposed);
    const actual = existing?.controls.actualDate.value;
    if (actual) {
      row.controls.actualDate.setValue(actual);
    }
    return row;
  });
}

export function milestonesRequest(
  rows: FormArray<MilestoneRow>,
  concurrencyStamp: string,
): SavePlanMilestonesRequest {
  return {
    milestones: rows.getRawValue().map((row) => ({
      kind: row.kind,
      plannedDate: dateToApi(row.plannedDate!),
      proposedDate: row.proposedDate,
      actualDate: row.actualDate ? dateToApi(row.actualDate) : null,
    })),
    concurrencyStamp,
  };
}
