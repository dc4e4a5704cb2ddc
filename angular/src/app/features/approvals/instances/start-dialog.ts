import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, Validators } from '@angular/forms';
import { distinctUntilChanged } from 'rxjs';
import { Api } from '../../../api/api';
import { getApprovalTemplateVersion } from '../../../api/fn/approvals/get-approval-template-version';
import { getApprovalTemplates } from '../../../api/fn/approvals/get-approval-templates';
import { startApprovals } from '../../../api/fn/approvals/start-approvals';
import { getProjects } from '../../../api/fn/reserve/get-projects';
import { InstanceDto } from '../../../api/models/instance-dto';
import { ProjectListItemDto } from '../../../api/models/project-list-item-dto';
import { TemplateStepDto } from '../../../api/models/template-step-dto';
import { TemplateSummaryDto } from '../../../api/models/template-summary-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';

type StepRow = FormGroup<{
  code: FormControl<string>;
  notApplicable: FormControl<boolean>;
  reason: FormControl<string>;
}>;

/**
 * 发起审批 modal (Approvals.Manage): choose a project; the steps of its regime's current template are listed and a
 * step that does not apply is marked with the reason.
 */
@Component({
  selector: 'app-start-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'approvals.start.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="720px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="start-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'approvals.fields.project' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select
                formControlName="projectId"
                nzShowSearch
                nzServerSearch
                data-testid="start-project"
                [nzPlaceHolder]="'approvals.start.projectPlaceholder' | translate"
                (nzOnSearch)="searchProjects($event)"
              >
                @for (p of projects(); track p.id) {
                  <nz-option [nzValue]="p.id" [nzLabel]="p.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          @if (templateSteps().length) {
            <p class="muted">{{ 'approvals.start.notApplicableHint' | translate }}</p>
            <div formArrayName="steps">
              @for (row of steps.controls; track row.value.code; let i = $index) {
                <div
                  class="start-step"
                  [formGroupName]="i"
                  [attr.data-testid]="'start-step-' + row.value.code"
                >
                  <label nz-checkbox formControlName="notApplicable">
                    {{ templateSteps()[i].name }} · {{ templateSteps()[i].departmentName }}
                  </label>
                  @if (row.value.notApplicable) {
                    <nz-form-control [nzErrorTip]="errorTip">
                      <input
                        nz-input
                        formControlName="reason"
                        [attr.data-testid]="'start-reason-' + row.value.code"
                        [placeholder]="'approvals.start.reason' | translate"
                      />
                    </nz-form-control>
                  }
                </div>
              }
            </div>
          }
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
        data-testid="start-submit"
      >
        {{ 'approvals.start.submit' | translate }}
      </button>
    </ng-template>
  `,
  styles: `
    .start-step {
      display: flex;
      gap: 12px;
      align-items: center;
      margin-bottom: 8px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class StartDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly fb = inject(FormBuilder).nonNullable;

  readonly closed = output<void>();
  readonly started = output<InstanceDto>();

  protected readonly projects = signal<ProjectListItemDto[]>([]);
  protected readonly templateSteps = signal<TemplateStepDto[]>([]);
  protected readonly saving = signal(false);
  private templates: TemplateSummaryDto[] = [];

  protected readonly steps = new FormArray<StepRow>([]);
  protected readonly form = new FormGroup({
    projectId: new FormControl<string | null>(null, Validators.required),
    steps: this.steps,
  });

  constructor() {
    this.searchProjects('');
    this.api.invoke(getApprovalTemplates).subscribe({
      next: (templates) => (this.templates = templates),
      error: (error: unknown) => this.problems.report(error),
    });
    // revealing errors re-emits the value: only a different project reloads the steps
    this.form.controls.projectId.valueChanges
      .pipe(distinctUntilChanged())
      .subscribe((id) => this.loadSteps(id));
  }

  protected searchProjects(search: string): void {
    this.api.invoke(getProjects, { search: search || undefined, pageSize: 50 }).subscribe({
      next: (page) => this.projects.set(page.items),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  private loadSteps(projectId: string | null): void {
    this.steps.clear();
    this.templateSteps.set([]);
    const project = this.projects().find((p) => p.id === projectId);
    const template = this.templates.find((t) => t.regime === project?.regime);
    if (!template?.currentVersion) {
      return;
    }
    this.api
      .invoke(getApprovalTemplateVersion, {
        templateId: template.id,
        versionId: template.currentVersion.id,
      })
      .subscribe({
        next: (version) => {
          version.steps.forEach((s) => this.steps.push(this.stepRow(s.code)));
          this.templateSteps.set(version.steps);
        },
        error: (error: unknown) => this.problems.report(error),
      });
  }

  private stepRow(code: string): StepRow {
    const row = this.fb.group({
      code: [code],
      notApplicable: [false],
      reason: ['', [Validators.minLength(2), Validators.maxLength(500)]],
    });
    row.controls.notApplicable.valueChanges.subscribe((on) => {
      row.controls.reason.setValidators(
        on ? [Validators.required, Validators.minLength(2), Validators.maxLength(500)] : [],
      );
      row.controls.reason.updateValueAndValidity();
    });
    return row;
  }

  protected submit(): void {
    this.steps.controls.forEach((row) => revealErrors(row));
    if (revealErrors(this.form)) {
      return;
    }
    const value = this.form.getRawValue();
    this.problems.save(
      this.api.invoke(startApprovals, {
        body: {
          projectId: value.projectId,
          notApplicable: value.steps
            .filter((s) => s.notApplicable)
            .map((s) => ({ stepCode: s.code, reason: s.reason.trim() })),
        },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (instance) => this.started.emit(instance),
        stale: () => this.closed.emit(),
      },
    );
  }
}
