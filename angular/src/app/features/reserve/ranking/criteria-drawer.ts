import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormGroup } from '@angular/forms';
import { Api } from '../../../api/api';
import { saveRankingCriteria } from '../../../api/fn/reserve/save-ranking-criteria';
import { RankingCriterionDto } from '../../../api/models/ranking-criterion-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import {
  CriterionRow,
  WEIGHT_TOTAL,
  activeWeightSum,
  criteriaForm,
  criteriaRequest,
  criterionRow,
} from './ranking-model';

/**
 * 评分标准 drawer: names, weights and which criteria are active, with the active total checked live (must be 100);
 * the commission may add criteria it scores itself. Read-only without Reserve.Manage.
 */
@Component({
  selector: 'app-ranking-criteria-drawer',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-drawer
      [nzVisible]="true"
      [nzWidth]="720"
      [nzTitle]="'reserve.ranking.criteria' | translate"
      [nzFooter]="canManage() ? footer : undefined"
      (nzOnClose)="closed.emit()"
    >
      <ng-container *nzDrawerContent>
        @if (!canManage()) {
          <nz-alert nzType="info" [nzMessage]="'reserve.ranking.criteriaReadOnly' | translate" />
        }
        <form [formGroup]="form" data-testid="criteria-drawer">
          <nz-table
            nzSize="small"
            [nzData]="rows.controls"
            [nzShowPagination]="false"
            [nzFrontPagination]="false"
          >
            <thead>
              <tr>
                <th>{{ 'reserve.ranking.criterion' | translate }}</th>
                <th>{{ 'reserve.ranking.kindLabel' | translate }}</th>
                <th nzWidth="110px">{{ 'reserve.ranking.weight' | translate }}</th>
                <th nzWidth="70px">{{ 'reserve.ranking.active' | translate }}</th>
              </tr>
            </thead>
            <tbody formArrayName="rows">
              @for (row of rows.controls; track $index) {
                <tr [formGroupName]="$index" data-testid="criteria-row">
                  <td>
                    <input
                      nz-input
                      formControlName="name"
                      data-testid="criteria-name"
                      [nzStatus]="
                        row.controls.name.invalid && row.controls.name.dirty ? 'error' : ''
                      "
                    />
                  </td>
                  <td>{{ 'reserve.ranking.kinds.' + row.controls.kind.value | translate }}</td>
                  <td>
                    <nz-input-number
                      formControlName="weight"
                      [nzMin]="0"
                      [nzMax]="100"
                      [nzPrecision]="0"
                      data-testid="criteria-weight"
                    />
                  </td>
                  <td>
                    <label
                      nz-checkbox
                      formControlName="isActive"
                      data-testid="criteria-active"
                    ></label>
                  </td>
                </tr>
              }
            </tbody>
          </nz-table>
        </form>
        <div class="criteria-sum">
          <span data-testid="criteria-sum" [class.invalid]="sum() !== total">{{
            'reserve.ranking.weightSum' | translate: { sum: sum() }
          }}</span>
          @if (sum() !== total) {
            <span class="invalid" data-testid="criteria-sum-invalid">{{
              'reserve.ranking.weightSumInvalid' | translate
            }}</span>
          }
        </div>
        @if (canManage()) {
          <button nz-button nzType="dashed" data-testid="criteria-add" (click)="add()">
            <nz-icon nzType="plus" />{{ 'reserve.ranking.addCriterion' | translate }}
          </button>
        }
      </ng-container>
      <ng-template #footer>
        <button nz-button (click)="closed.emit()">{{ 'common.cancel' | translate }}</button>
        <button
          nz-button
          nzType="primary"
          data-testid="criteria-submit"
          [nzLoading]="saving()"
          [disabled]="sum() !== total"
          (click)="submit()"
        >
          {{ 'common.save' | translate }}
        </button>
      </ng-template>
    </nz-drawer>
  `,
  styles: `
    .criteria-sum {
      display: flex;
      gap: 12px;
      margin: 12px 0;
      font-weight: 600;
    }
    .invalid {
      color: #ff4d4f;
    }
  `,
})
export class CriteriaDrawer implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly destroyRef = inject(DestroyRef);

  readonly criteria = input.required<RankingCriterionDto[]>();
  readonly canManage = input(false);
  readonly closed = output<void>();
  /** The saved criteria, or null after a stale-edit conflict (reload). */
  readonly saved = output<RankingCriterionDto[] | null>();

  protected readonly total = WEIGHT_TOTAL;
  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({ rows: criteriaForm([]) });
  /** Σ of the active weights, kept live while the commission types. */
  protected readonly sum = signal(0);

  protected get rows(): FormArray<CriterionRow> {
    return this.form.controls.rows;
  }

  ngOnInit(): void {
    this.form.setControl('rows', criteriaForm(this.criteria()));
    if (!this.canManage()) {
      this.form.disable();
    }
    this.sum.set(activeWeightSum(this.rows.getRawValue()));
    this.rows.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.sum.set(activeWeightSum(this.rows.getRawValue())));
  }

  protected add(): void {
    this.rows.push(criterionRow());
  }

  protected submit(): void {
    if (this.rows.invalid) {
      this.rows.controls.forEach((row) =>
        Object.values(row.controls).forEach((control) => {
          control.markAsDirty();
          control.updateValueAndValidity({ emitEvent: false });
        }),
      );
      return;
    }
    this.problems.save(this.api.invoke(saveRankingCriteria, { body: criteriaRequest(this.rows) }), {
      saving: this.saving,
      form: this.form,
      saved: (criteria) => this.saved.emit(criteria),
      stale: () => this.saved.emit(null),
    });
  }
}
