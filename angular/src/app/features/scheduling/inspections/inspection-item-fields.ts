import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { shanghaiToday } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ProjectOption } from '../problems/problem-create-dialog';
import { ItemForm, TEXT_MAX } from './inspections-model';

/**
 * The fields of one 限期整改 item (project, requirement, department, deadline): a row in 登记督查, or one field under
 * another with labels (`stacked`) in 添加整改事项. Projected content ends the row (e.g. the 删除 link).
 */
@Component({
  selector: 'app-inspection-item-fields',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div nz-row [nzGutter]="8" [formGroup]="group()" data-testid="inspection-item-form">
      <nz-form-item nz-col [nzSpan]="stacked() ? 24 : 6">
        @if (stacked()) {
          <nz-form-label nzRequired>{{ 'scheduling.columns.name' | translate }}</nz-form-label>
        }
        <nz-form-control [nzErrorTip]="errorTip">
          <nz-select
            formControlName="projectId"
            [nzPlaceHolder]="'scheduling.columns.name' | translate"
            data-testid="item-project"
          >
            @for (project of projects(); track project.id) {
              <nz-option [nzValue]="project.id" [nzLabel]="project.name" />
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item nz-col [nzSpan]="stacked() ? 24 : 7">
        @if (stacked()) {
          <nz-form-label nzRequired>{{
            'scheduling.inspections.columns.description' | translate
          }}</nz-form-label>
        }
        <nz-form-control [nzErrorTip]="errorTip">
          <input
            nz-input
            formControlName="description"
            [attr.maxlength]="max"
            [placeholder]="'scheduling.inspections.columns.description' | translate"
            data-testid="item-description"
          />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item nz-col [nzSpan]="stacked() ? 24 : 5">
        @if (stacked()) {
          <nz-form-label nzRequired>{{
            'scheduling.inspections.columns.department' | translate
          }}</nz-form-label>
        }
        <nz-form-control [nzErrorTip]="errorTip">
          <nz-select
            formControlName="responsibleDepartmentId"
            nzShowSearch
            [nzPlaceHolder]="'scheduling.inspections.columns.department' | translate"
            data-testid="item-department"
          >
            @for (department of departments(); track department.id) {
              <nz-option [nzValue]="department.id" [nzLabel]="department.name" />
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item nz-col [nzSpan]="stacked() ? 24 : 4">
        @if (stacked()) {
          <nz-form-label nzRequired>{{
            'scheduling.inspections.columns.deadline' | translate
          }}</nz-form-label>
        }
        <nz-form-control [nzErrorTip]="errorTip">
          <nz-date-picker
            formControlName="deadline"
            [nzDisabledDate]="beforeToday"
            [nzPlaceHolder]="'scheduling.inspections.columns.deadline' | translate"
            data-testid="item-deadline"
          />
        </nz-form-control>
      </nz-form-item>
      <ng-content />
    </div>
    <ng-template #errorTip let-control><app-control-error [errors]="control.errors" /></ng-template>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class InspectionItemFields {
  readonly group = input.required<ItemForm>();
  /** The inspected projects: an item is on one of them. */
  readonly projects = input.required<ProjectOption[]>();
  readonly departments = input.required<DepartmentOptionDto[]>();
  /** One field under another, with labels (a dialog of its own) rather than a row. */
  readonly stacked = input(false);

  protected readonly max = TEXT_MAX;
  private readonly today = shanghaiToday();
  /** The server refuses a deadline in the past. */
  readonly beforeToday = (day: Date) => day < this.today;
}
