import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { SectorDto } from '../../../api/models/sector-dto';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ProjectForm } from '../project-form/project-form-model';
import {
  INVESTMENT_REGIMES,
  PROJECT_MATURITIES,
  buildDepartmentOptionTree,
} from '../reserve-model';

/** 直接录入新项目: the fields a project needs to enter the library from the plan (a project form's required part). */
@Component({
  selector: 'app-plan-new-project-fields',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div nz-row [nzGutter]="16" [formGroup]="group()" data-testid="plan-entry-new-project">
      <ng-template #errorTip let-control>
        @if (control.errors?.['positive']) {
          {{ 'reserve.form.positive' | translate }}
        } @else {
          <app-control-error [errors]="control.errors" />
        }
      </ng-template>
      <ng-template #codeErrorTip let-control>
        <app-control-error [errors]="control.errors" patternKey="reserve.form.codePattern" />
      </ng-template>
      <nz-form-item nz-col [nzSpan]="12">
        <nz-form-label nzRequired>{{ 'reserve.fields.name' | translate }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorTip">
          <input nz-input formControlName="name" data-testid="plan-entry-new-name" />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item nz-col [nzSpan]="12">
        <nz-form-label>{{ 'reserve.fields.code' | translate }}</nz-form-label>
        <nz-form-control [nzErrorTip]="codeErrorTip">
          <input
            nz-input
            formControlName="code"
            data-testid="plan-entry-new-code"
            [placeholder]="'reserve.form.codePattern' | translate"
          />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item nz-col [nzSpan]="8">
        <nz-form-label nzRequired>{{ 'reserve.fields.regime' | translate }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorTip">
          <nz-select formControlName="regime" data-testid="plan-entry-new-regime">
            @for (regime of regimes; track regime) {
              <nz-option [nzValue]="regime" [nzLabel]="'reserve.regimes.' + regime | translate" />
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item nz-col [nzSpan]="8">
        <nz-form-label nzRequired>{{ 'reserve.fields.sector' | translate }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorTip">
          <nz-select formControlName="sectorCode" nzShowSearch data-testid="plan-entry-new-sector">
            @for (sector of sectors(); track sector.code) {
              <nz-option [nzValue]="sector.code" [nzLabel]="sector.name" />
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item nz-col [nzSpan]="8">
        <nz-form-label>{{ 'reserve.fields.town' | translate }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorTip">
          <nz-select
            formControlName="townId"
            nzAllowClear
            nzShowSearch
            data-testid="plan-entry-new-town"
          >
            @for (town of towns(); track town.id) {
              <nz-option [nzValue]="town.id" [nzLabel]="town.name" />
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item nz-col [nzSpan]="12">
        <nz-form-label nzRequired>{{ 'reserve.fields.department' | translate }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorTip">
          <nz-tree-select
            formControlName="responsibleDepartmentId"
            [nzNodes]="departmentTree()"
            nzShowSearch
            nzDefaultExpandAll
            data-testid="plan-entry-new-department"
          />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item nz-col [nzSpan]="12">
        <nz-form-label nzRequired>{{ 'reserve.fields.projectUnit' | translate }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorTip">
          <input nz-input formControlName="projectUnit" data-testid="plan-entry-new-unit" />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item nz-col [nzSpan]="12">
        <nz-form-label nzRequired>{{
          'reserve.fields.totalInvestmentWan' | translate
        }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorTip">
          <nz-input-number
            formControlName="totalInvestment"
            [nzMin]="0"
            [nzPrecision]="2"
            style="width: 100%"
            data-testid="plan-entry-new-total"
          />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item nz-col [nzSpan]="12">
        <nz-form-label nzRequired>{{ 'reserve.fields.maturity' | translate }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorTip">
          <nz-select formControlName="maturity" data-testid="plan-entry-new-maturity">
            @for (maturity of maturities; track maturity) {
              <nz-option
                [nzValue]="maturity"
                [nzLabel]="'reserve.maturities.' + maturity | translate"
              />
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
    </div>
  `,
})
export class PlanNewProjectFields {
  readonly group = input.required<ProjectForm>();
  readonly sectors = input<SectorDto[]>([]);
  readonly departmentOptions = input<DepartmentOptionDto[]>([]);

  protected readonly regimes = INVESTMENT_REGIMES;
  protected readonly maturities = PROJECT_MATURITIES;
  protected readonly towns = computed(() => this.departmentOptions().filter((o) => o.isTown));
  protected readonly departmentTree = computed(() =>
    buildDepartmentOptionTree(this.departmentOptions()),
  );
}
