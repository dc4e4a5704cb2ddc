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
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { Api } from '../../../api/api';
import { saveAnnualPlanTargets } from '../../../api/fn/reserve/save-annual-plan-targets';
import { AnnualPlanDto } from '../../../api/models/annual-plan-dto';
import { PlanTargetDto } from '../../../api/models/plan-target-dto';
import { PlanTargetKind } from '../../../api/models/plan-target-kind';
import { SavePlanTargetsRequest } from '../../../api/models/save-plan-targets-request';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { wanFromYuan, yuanFromWan } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealAll, positiveWan } from '../project-form/project-form-model';
import { PLAN_TARGET_KINDS } from './plan-model';

export type TargetRow = FormGroup<{
  kind: FormControl<PlanTargetKind>;
  enabled: FormControl<boolean>;
  month: FormControl<number | null>;
  value: FormControl<number | null>;
}>;

/** One row per kind; a rate is a percentage (0–100), the annual investment is 万元. Off rows are not validated. */
export function targetRow(kind: PlanTargetKind, target?: PlanTargetDto): TargetRow {
  const isAmount = kind === 'AnnualInvestment';
  const row: TargetRow = new FormGroup({
    kind: new FormControl(kind, { nonNullable: true }),
    enabled: new FormControl(!!target, { nonNullable: true }),
    month: new FormControl<number | null>(target?.month ?? 12, [
      Validators.required,
      Validators.min(1),
      Validators.max(12),
    ]),
    value: new FormControl<number | null>(
      target ? (isAmount ? wanFromYuan(target.value) : target.value) : null,
      isAmount
        ? [Validators.required, positiveWan]
        : [Validators.required, Validators.min(0), Validators.max(100)],
    ),
  });
  const toggle = (enabled: boolean) => {
    const { month, value } = row.controls;
    [month, value].forEach((c) => (enabled ? c.enable() : c.disable()));
  };
  toggle(row.controls.enabled.value);
  row.controls.enabled.valueChanges.subscribe(toggle);
  return row;
}

/** The switched-on rows as the API takes them (万元 → yuan for the annual investment). */
export function targetsRequest(
  rows: FormArray<TargetRow>,
  concurrencyStamp: string | null,
): SavePlanTargetsRequest {
  return {
    targets: rows
      .getRawValue()
      .filter((row) => row.enabled)
      .map((row) => ({
        kind: row.kind,
        month: row.month!,
        value: row.kind === 'AnnualInvestment' ? yuanFromWan(row.value!) : row.value!,
      })),
    concurrencyStamp,
  };
}

/** 设置目标 modal: the year's four target kinds, each on/off with a month and a value. */
@Component({
  selector: 'app-plan-targets-dialog',
  imports: [SHARED_IMPORTS, NzSwitchModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'reserve.plan.editTargets' | translate"
      [nzMaskClosable]="false"
      nzWidth="720px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <form *nzModalContent nz-form [formGroup]="form" data-testid="plan-targets-dialog">
        <ng-template #errorTip let-control>
          @if (control.errors?.['min'] || control.errors?.['max']) {
            {{ 'reserve.plan.targetRange' | translate }}
          } @else if (control.errors?.['positive']) {
            {{ 'reserve.form.positive' | translate }}
          } @else {
            <app-control-error [errors]="control.errors" />
          }
        </ng-template>
        <nz-table
          nzSize="small"
          [nzData]="rows.controls"
          [nzShowPagination]="false"
          [nzFrontPagination]="false"
        >
          <thead>
            <tr>
              <th nzWidth="70px">{{ 'reserve.plan.targetEnabled' | translate }}</th>
              <th>{{ 'reserve.plan.targetKind' | translate }}</th>
              <th nzWidth="150px">{{ 'reserve.plan.targetMonth' | translate }}</th>
              <th nzWidth="200px">{{ 'reserve.plan.targetValue' | translate }}</th>
            </tr>
          </thead>
          <tbody formArrayName="rows">
            @for (row of rows.controls; track row.controls.kind.value; let i = $index) {
              <tr [formGroupName]="i">
                <td>
                  <nz-switch
                    formControlName="enabled"
                    [attr.data-testid]="'target-enabled-' + row.controls.kind.value"
                  />
                </td>
                <td>{{ 'reserve.plan.targetKinds.' + row.controls.kind.value | translate }}</td>
                <td>
                  <nz-form-control [nzErrorTip]="errorTip">
                    <nz-input-number
                      formControlName="month"
                      [nzMin]="1"
                      [nzMax]="12"
                      [nzPrecision]="0"
                      [attr.data-testid]="'target-month-' + row.controls.kind.value"
                    />
                    {{ 'reserve.plan.monthEnd' | translate }}
                  </nz-form-control>
                </td>
                <td>
                  <nz-form-control [nzErrorTip]="errorTip">
                    <nz-input-number
                      formControlName="value"
                      [nzMin]="0"
                      [nzPrecision]="2"
                      [attr.data-testid]="'target-value-' + row.controls.kind.value"
                    />
                    {{
                      (row.controls.kind.value === 'AnnualInvestment'
                        ? 'reserve.wanUnit'
                        : 'reserve.plan.percent'
                      ) | translate
                    }}
                  </nz-form-control>
                </td>
              </tr>
            }
          </tbody>
        </nz-table>
      </form>
      <ng-template #footer>
        <button nz-button (click)="closed.emit()">{{ 'common.cancel' | translate }}</button>
        <button
          nz-button
          nzType="primary"
          data-testid="plan-targets-save"
          [nzLoading]="saving()"
          (click)="submit()"
        >
          {{ 'common.save' | translate }}
        </button>
      </ng-template>
    </nz-modal>
  `,
})
export class PlanTargetsDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly plan = input.required<AnnualPlanDto>();
  readonly closed = output<void>();
  /** The saved plan, or null after a stale-edit conflict (reload). */
  readonly saved = output<AnnualPlanDto | null>();

  protected readonly saving = signal(false);
  protected readonly rows = new FormArray<TargetRow>([]);
  protected readonly form = new FormGroup({ rows: this.rows });

  ngOnInit(): void {
    const targets = this.plan().targets;
    PLAN_TARGET_KINDS.forEach((kind) =>
      this.rows.push(
        targetRow(
          kind,
          targets.find((t) => t.kind === kind),
        ),
      ),
    );
  }

  protected submit(): void {
    if (this.form.invalid) {
      revealAll(this.form);
      return;
    }
    const plan = this.plan();
    this.problems.save(
      this.api.invoke(saveAnnualPlanTargets, {
        year: plan.year,
        body: targetsRequest(this.rows, plan.concurrencyStamp ?? null),
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
