import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { forkJoin } from 'rxjs';
import { Api } from '../../../api/api';
import { getApprovalTemplateVersion } from '../../../api/fn/approvals/get-approval-template-version';
import { getApprovalTemplateVersions } from '../../../api/fn/approvals/get-approval-template-versions';
import { getApprovalTemplates } from '../../../api/fn/approvals/get-approval-templates';
import { publishApprovalTemplateVersion } from '../../../api/fn/approvals/publish-approval-template-version';
import { saveApprovalTemplateDraft } from '../../../api/fn/approvals/save-approval-template-draft';
import { getDepartmentOptions } from '../../../api/fn/identity/get-department-options';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { TemplateSummaryDto } from '../../../api/models/template-summary-dto';
import { TemplateVersionDto } from '../../../api/models/template-version-dto';
import { TemplateVersionSummaryDto } from '../../../api/models/template-version-summary-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { readProblem } from '../../../core/http/problem-details';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ServerProblems, placeServerProblems, toEditable, toRequest } from './template-draft';
import { TemplateDependencyPreview } from './template-dependency-preview';
import { EditableStep, RuleProblem, checkSteps } from './template-rules';
import { TemplateStepTable } from './template-step-table';

const NO_SERVER_PROBLEMS: ServerProblems = { byStep: new Map(), general: [] };

/**
 * 审批模板编辑 (/approvals/templates/:id): the versions (published ones read-only: running approvals stay on the version
 * they started with), the draft's steps with the template rules checked as one types, a dependency preview, save and publish.
 */
@Component({
  selector: 'app-template-editor-page',
  imports: [SHARED_IMPORTS, RouterLink, TemplateDependencyPreview, TemplateStepTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-editor-page.html',
  styleUrl: './template-editor-page.less',
})
export class TemplateEditorPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  private readonly templateId = inject(ActivatedRoute).snapshot.paramMap.get('id')!;
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.approvalsManage);

  protected readonly loading = signal(true);
  protected readonly template = signal<TemplateSummaryDto | null>(null);
  protected readonly versions = signal<TemplateVersionSummaryDto[]>([]);
  protected readonly departments = signal<DepartmentOptionDto[]>([]);
  /** The version whose steps are shown; null while a new draft (not yet saved) is being edited. */
  protected readonly shown = signal<TemplateVersionDto | null>(null);
  protected readonly steps = signal<EditableStep[]>([]);
  protected readonly editing = signal(false);
  protected readonly dirty = signal(false);
  protected readonly stale = signal(false);
  protected readonly saving = signal(false);
  protected readonly confirmingPublish = signal(false);
  protected readonly showChecks = signal(false);
  protected readonly serverProblems = signal<ServerProblems>(NO_SERVER_PROBLEMS);
  private stamp = '';

  private readonly departmentCodes = computed(() => new Set(this.departments().map((d) => d.code)));
  protected readonly ruleProblems = computed(() =>
    this.editing() ? checkSteps(this.steps(), this.departmentCodes()) : [],
  );
  protected readonly noRuleProblems = new Map<number, RuleProblem[]>();
  protected readonly problemsByStep = computed(() => {
    const byStep = new Map<number, RuleProblem[]>();
    for (const p of this.ruleProblems()) {
      for (const i of p.steps) byStep.set(i, [...(byStep.get(i) ?? []), p]);
    }
    return byStep;
  });
  protected readonly canPublish = computed(
    () =>
      this.canManage &&
      this.shown()?.status === 'Draft' &&
      !this.dirty() &&
      !this.stale() &&
      this.ruleProblems().length === 0,
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.stale.set(false);
    forkJoin({
      templates: this.api.invoke(getApprovalTemplates),
      versions: this.api.invoke(getApprovalTemplateVersions, { templateId: this.templateId }),
      departments: this.api.invoke(getDepartmentOptions),
    }).subscribe({
      next: ({ templates, versions, departments }) => {
        const template = templates.find((t) => t.id === this.templateId) ?? null;
        this.template.set(template);
        this.versions.set(versions);
        this.departments.set(departments);
        this.stamp = template?.concurrencyStamp ?? '';
        const first = template?.draft ?? template?.currentVersion ?? versions[0];
        if (first) {
          this.open(first.id);
        } else {
          this.loading.set(false);
        }
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }

  /** Shows a version: a draft opens for editing (with Approvals.Manage), a published one read-only. */
  protected open(versionId: string): void {
    this.loading.set(true);
    this.api
      .invoke(getApprovalTemplateVersion, { templateId: this.templateId, versionId })
      .subscribe({
        next: (version) => this.show(version),
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  private show(version: TemplateVersionDto): void {
    this.shown.set(version);
    this.stamp = version.concurrencyStamp;
    this.steps.set(version.steps.map(toEditable));
    this.editing.set(this.canManage && version.status === 'Draft');
    this.dirty.set(false);
    this.showChecks.set(false);
    this.serverProblems.set(NO_SERVER_PROBLEMS);
    this.loading.set(false);
  }

  /** Starts a new draft from the version shown (saved as the next version number). */
  protected startDraft(): void {
    this.shown.set(null);
    this.editing.set(true);
    this.dirty.set(true);
  }

  protected change(steps: EditableStep[]): void {
    this.steps.set(steps);
    this.dirty.set(true);
    this.serverProblems.set(NO_SERVER_PROBLEMS);
  }

  protected save(): void {
    this.showChecks.set(true);
    if (this.ruleProblems().length) {
      this.message.error(this.translate.instant('approvals.templates.fixFirst'));
      return;
    }
    this.saving.set(true);
    this.api
      .invoke(saveApprovalTemplateDraft, {
        templateId: this.templateId,
        body: { concurrencyStamp: this.stamp, steps: this.steps().map(toRequest) },
      })
      .subscribe({
        next: (draft) => {
          this.saving.set(false);
          this.message.success(this.translate.instant('approvals.templates.draftSaved'));
          this.show(draft);
          this.refreshVersions();
        },
        error: (error: unknown) => this.refused(error),
      });
  }

  protected publish(): void {
    const draft = this.shown();
    if (!draft) return;
    this.saving.set(true);
    this.api
      .invoke(publishApprovalTemplateVersion, {
        templateId: this.templateId,
        versionId: draft.id,
        body: { concurrencyStamp: this.stamp },
      })
      .subscribe({
        next: (published) => {
          this.saving.set(false);
          this.confirmingPublish.set(false);
          this.message.success(
            this.translate.instant('approvals.templates.published', { number: published.number }),
          );
          this.show(published);
          this.refreshVersions();
        },
        error: (error: unknown) => {
          this.confirmingPublish.set(false);
          this.refused(error);
        },
      });
  }

  private refused(error: unknown): void {
    this.saving.set(false);
    if (error instanceof HttpErrorResponse && error.status === 409) {
      this.stale.set(true);
      this.message.error(
        readProblem(error)?.detail || this.translate.instant('errors.concurrency'),
      );
      return;
    }
    if (error instanceof HttpErrorResponse && error.status === 400) {
      this.serverProblems.set(placeServerProblems(readProblem(error)));
      this.message.error(this.translate.instant('approvals.templates.refused'));
      return;
    }
    this.problems.report(error);
  }

  private refreshVersions(): void {
    this.api.invoke(getApprovalTemplateVersions, { templateId: this.templateId }).subscribe({
      next: (versions) => this.versions.set(versions),
      error: (error: unknown) => this.problems.report(error),
    });
  }
}
