import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { Api } from '../../../api/api';
import { getDepartmentOptions } from '../../../api/fn/identity/get-department-options';
import { listPlanEntries } from '../../../api/fn/reserve/list-plan-entries';
import { createInspection } from '../../../api/fn/scheduling/create-inspection';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { InspectionDetailDto } from '../../../api/models/inspection-detail-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { ProjectOption } from '../problems/problem-create-dialog';
import { InspectionItemFields } from './inspection-item-fields';
import {
  INSPECTION_KINDS,
  createInspectionForm,
  createInspectionRequest,
  createItemForm,
} from './inspections-model';

/** 登记督查 modal: the visit (kind, date, inspectors, projects, findings) and its 限期整改 items. */
@Component({
  selector: 'app-inspection-create-dialog',
  imports: [SHARED_IMPORTS, InspectionItemFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.inspections.create.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="760px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="inspection-create-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <div nz-row [nzGutter]="16">
            <nz-form-item nz-col [nzSpan]="8">
              <nz-form-label nzRequired>{{
                'scheduling.inspections.columns.kind' | translate
              }}</nz-form-label>
              <nz-form-control>
                <nz-select formControlName="kind" data-testid="inspection-kind">
                  @for (kind of kinds; track kind) {
                    <nz-option
                      [nzValue]="kind"
                      [nzLabel]="'scheduling.inspections.kinds.' + kind | translate"
                    />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col [nzSpan]="8">
              <nz-form-label nzRequired>{{
                'scheduling.inspections.columns.date' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-date-picker formControlName="date" data-testid="inspection-date" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col [nzSpan]="8">
              <nz-form-label nzRequired>{{
                'scheduling.inspections.columns.inspectors' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input nz-input formControlName="inspectors" data-testid="inspection-inspectors" />
              </nz-form-control>
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.inspections.columns.projects' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select
                formControlName="projectIds"
                nzMode="multiple"
                nzShowSearch
                [nzPlaceHolder]="'scheduling.inspections.create.projectsPlaceholder' | translate"
                data-testid="inspection-projects-input"
              >
                @for (project of projects(); track project.id) {
                  <nz-option [nzValue]="project.id" [nzLabel]="project.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.inspections.columns.findings' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                formControlName="findings"
                data-testid="inspection-findings"
              ></textarea>
            </nz-form-control>
          </nz-form-item>

          @for (item of form.controls.items.controls; track item; let i = $index) {
            <app-inspection-item-fields
              [group]="item"
              [projects]="chosenProjects()"
              [departments]="departments()"
            >
              <div nz-col [nzSpan]="2">
                <a (click)="removeItem(i)">{{
                  'scheduling.inspections.create.removeItem' | translate
                }}</a>
              </div>
            </app-inspection-item-fields>
          }
          <button
            nz-button
            nzType="dashed"
            type="button"
            (click)="addItem()"
            data-testid="inspection-create-add-item"
          >
            <nz-icon nzType="plus" />{{ 'scheduling.inspections.create.addItem' | translate }}
          </button>
        </form>
        <ng-template #errorTip let-control
          ><app-control-error [errors]="control.errors"
        /></ng-template>
      </div>
    </nz-modal>
    <ng-template #footer>
      <button nz-button type="button" (click)="closed.emit()">
        {{ 'common.cancel' | translate }}
      </button>
      <button
        nz-button
        nzType="primary"
        type="button"
        [nzLoading]="saving()"
        (click)="submit()"
        data-testid="inspection-create-submit"
      >
        {{ 'scheduling.inspections.create.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class InspectionCreateDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly year = input.required<number>();
  readonly closed = output<void>();
  readonly saved = output<InspectionDetailDto | null>();

  protected readonly kinds = INSPECTION_KINDS;
  protected readonly form = createInspectionForm();
  protected readonly saving = signal(false);
  protected readonly projects = signal<ProjectOption[]>([]);
  protected readonly departments = signal<DepartmentOptionDto[]>([]);
  private readonly chosen = signal<string[]>([]);
  /** Items are on the inspected projects only. */
  protected readonly chosenProjects = computed(() =>
    this.projects().filter((p) => this.chosen().includes(p.id)),
  );

  constructor() {
    this.form.controls.projectIds.valueChanges.subscribe((ids) => this.chosen.set(ids));
  }

  ngOnInit(): void {
    this.api.invoke(listPlanEntries, { year: this.year(), pageSize: 200 }).subscribe({
      next: (plan) =>
        this.projects.set(plan.items.map((e) => ({ id: e.project.id, name: e.project.name }))),
      error: (error: unknown) => this.problems.report(error),
    });
    this.api.invoke(getDepartmentOptions).subscribe({
      next: (departments) => this.departments.set(departments),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  protected addItem(): void {
    this.form.controls.items.push(createItemForm());
  }

  protected removeItem(index: number): void {
    this.form.controls.items.removeAt(index);
  }

  protected submit(): void {
    this.form.controls.items.controls.forEach((item) => revealErrors(item));
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(createInspection, { body: createInspectionRequest(this.form) }),
      {
        saving: this.saving,
        form: this.form,
        saved: (inspection) => this.saved.emit(inspection),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
