import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { Api } from '../../../api/api';
import { listPlanEntries } from '../../../api/fn/reserve/list-plan-entries';
import { createProblem } from '../../../api/fn/scheduling/create-problem';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { ProblemCategoryDto } from '../../../api/models/problem-category-dto';
import { ProblemDto } from '../../../api/models/problem-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { shanghaiToday } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { DESCRIPTION_MAX, createProblemForm, createProblemRequest } from './problems-model';

/** A plan project as the picker offers it. */
export interface ProjectOption {
  id: string;
  name: string;
}

/** 交办问题 modal: 重点办 picks a project of the year's plan, the category, the department and the deadline. */
@Component({
  selector: 'app-problem-create-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.problems.create.title' | translate: { year: year() }"
      [nzMaskClosable]="false"
      nzWidth="640px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="problem-create-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'scheduling.columns.name' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select
                formControlName="projectId"
                nzShowSearch
                [nzLoading]="loadingProjects()"
                [nzPlaceHolder]="'scheduling.problems.create.projectPlaceholder' | translate"
                data-testid="problem-project"
              >
                @for (project of projects(); track project.id) {
                  <nz-option [nzValue]="project.id" [nzLabel]="project.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.problems.columns.category' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select formControlName="categoryCode" data-testid="problem-category">
                @for (category of categories(); track category.code) {
                  <nz-option [nzValue]="category.code" [nzLabel]="category.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.problems.columns.description' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                formControlName="description"
                [attr.maxlength]="descriptionMax"
                data-testid="problem-description-input"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.problems.columns.department' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select
                formControlName="assignedDepartmentId"
                nzShowSearch
                data-testid="problem-department"
              >
                @for (department of departments(); track department.id) {
                  <nz-option [nzValue]="department.id" [nzLabel]="department.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.problems.columns.deadline' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-date-picker
                formControlName="deadline"
                [nzDisabledDate]="beforeToday"
                data-testid="problem-deadline-input"
              />
            </nz-form-control>
          </nz-form-item>
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
        data-testid="problem-create-submit"
      >
        {{ 'scheduling.problems.create.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class ProblemCreateDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly year = input.required<number>();
  readonly categories = input.required<ProblemCategoryDto[]>();
  readonly departments = input.required<DepartmentOptionDto[]>();
  readonly closed = output<void>();
  readonly saved = output<ProblemDto | null>();

  protected readonly descriptionMax = DESCRIPTION_MAX;
  protected readonly form = createProblemForm();
  protected readonly saving = signal(false);
  protected readonly projects = signal<ProjectOption[]>([]);
  protected readonly loadingProjects = signal(true);
  private readonly today = shanghaiToday();
  protected readonly beforeToday = (day: Date) => day < this.today;

  ngOnInit(): void {
    this.api.invoke(listPlanEntries, { year: this.year(), pageSize: 200 }).subscribe({
      next: (plan) => {
        this.projects.set(plan.items.map((e) => ({ id: e.project.id, name: e.project.name })));
        this.loadingProjects.set(false);
      },
      error: (error: unknown) => {
        this.loadingProjects.set(false);
        this.problems.report(error);
      },
    });
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(createProblem, { body: createProblemRequest(this.year(), this.form) }),
      {
        saving: this.saving,
        form: this.form,
        saved: (problem) => this.saved.emit(problem),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
