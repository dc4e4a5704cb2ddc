import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { RankingCriterionDto } from '../../../api/models/ranking-criterion-dto';
import { RankingCriterionKind } from '../../../api/models/ranking-criterion-kind';
import { SaveRankingCriteriaRequest } from '../../../api/models/save-ranking-criteria-request';

/** The weights of the active criteria always total this (the backend refuses anything else). */
export const WEIGHT_TOTAL = 100;

export type CriterionRow = FormGroup<{
  id: FormControl<string | null>;
  kind: FormControl<RankingCriterionKind>;
  name: FormControl<string>;
  weight: FormControl<number | null>;
  isActive: FormControl<boolean>;
  concurrencyStamp: FormControl<string | null>;
}>;

/** Σ weight of the active rows (blank weights count 0). */
export function activeWeightSum(
  rows: readonly { weight: number | null; isActive: boolean }[],
): number {
  return rows.filter((row) => row.isActive).reduce((sum, row) => sum + (row.weight ?? 0), 0);
}

/** FormArray-level rule, live while editing: `{ weightSum: <sum> }` unless the active weights total 100. */
export const weightsTotal100: ValidatorFn = (array: AbstractControl): ValidationErrors | null => {
  const sum = activeWeightSum((array as FormArray<CriterionRow>).getRawValue());
  return sum === WEIGHT_TOTAL ? null : { weightSum: sum };
};

export function criterionRow(criterion?: RankingCriterionDto): CriterionRow {
  return new FormGroup({
    id: new FormControl<string | null>(criterion?.id ?? null),
    kind: new FormControl<RankingCriterionKind>(criterion?.kind ?? 'Assessed', {
      nonNullable: true,
    }),
    name: new FormControl(criterion?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(32)],
    }),
    weight: new FormControl<number | null>(criterion?.weight ?? 0, [
      Validators.required,
      Validators.min(0),
      Validators.max(100),
    ]),
    isActive: new FormControl(criterion?.isActive ?? true, { nonNullable: true }),
    concurrencyStamp: new FormControl<string | null>(criterion?.concurrencyStamp ?? null),
  });
}

export function criteriaForm(criteria: RankingCriterionDto[]): FormArray<CriterionRow> {
  return new FormArray(
    criteria.map((criterion) => criterionRow(criterion)),
    weightsTotal100,
  );
}

export function criteriaRequest(rows: FormArray<CriterionRow>): SaveRankingCriteriaRequest {
  return {
    criteria: rows.getRawValue().map((row) => ({
      id: row.id,
      name: row.name.trim(),
      weight: row.weight ?? 0,
      isActive: row.isActive,
      concurrencyStamp: row.concurrencyStamp,
    })),
  };
}

/** A score with one decimal at most, as the backend rounds it: 86.5 → "86.5", 39 → "39". */
export function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}
