import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  TemplateRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { Observable } from 'rxjs';
import { Api } from '../../../api/api';
import { createProject } from '../../../api/fn/reserve/create-project';
import { updateProject } from '../../../api/fn/reserve/update-project';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { ProjectDto } from '../../../api/models/project-dto';
import { SectorDto } from '../../../api/models/sector-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { readProblem } from '../../../core/http/problem-details';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import {
  FUNDING_CHANNELS,
  INVESTMENT_REGIMES,
  PROJECT_MATURITIES,
  buildDepartmentOptionTree,
} from '../reserve-model';
import {
  createProjectForm,
  fundingRow,
  patchProjectForm,
  projectRequest,
  revealAll,
} from './project-form-model';

export interface DuplicateProject {
  id: string;
  name: string;
  code: string | null;
}

/** The 409 problem body of a save: `code` says which rule, `duplicates` lists the other projects. */
interface DuplicateProblem {
  code?: string;
  detail?: string | null;
  duplicates?: DuplicateProject[];
}

/** 新建项目 / 编辑项目 modal. With `project` null it creates; otherwise it edits (sending the concurrency stamp). */
@Component({
  selector: 'app-project-form-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-form-dialog.html',
  styles: `
    .funding-title {
      margin-bottom: 8px;
    }
    .funding-table {
      margin-bottom: 8px;
    }
    .form-rule-error {
      margin-top: 16px;
    }
  `,
})
export class ProjectFormDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);

  readonly project = input<ProjectDto | null>(null);
  readonly sectors = input<SectorDto[]>([]);
  readonly departmentOptions = input<DepartmentOptionDto[]>([]);
  readonly closed = output<void>();
  /** Emitted after a save (the saved project), or after a stale-edit conflict (null: reload). */
  readonly saved = output<ProjectDto | null>();

  protected readonly regimes = INVESTMENT_REGIMES;
  protected readonly channels = FUNDING_CHANNELS;
  protected readonly maturities = PROJECT_MATURITIES;
  protected readonly towns = computed(() => this.departmentOptions().filter((o) => o.isTown));
  protected readonly departmentTree = computed(() =>
    buildDepartmentOptionTree(this.departmentOptions()),
  );
  protected readonly saving = signal(false);
  protected readonly duplicates = signal<DuplicateProject[]>([]);
  private readonly duplicatesTemplate = viewChild.required<TemplateRef<unknown>>('duplicatesList');

  protected readonly form = createProjectForm();
  protected readonly rows = this.form.controls.fundingSources;

  protected get isEdit(): boolean {
    return this.project() !== null;
  }

  ngOnInit(): void {
    const project = this.project();
    if (project) {
      patchProjectForm(this.form, project);
    }
  }

  protected addRow(): void {
    this.rows.push(fundingRow());
  }

  protected removeRow(index: number): void {
    this.rows.removeAt(index);
  }

  protected submit(allowSimilarName = false): void {
    if (this.form.invalid) {
      revealAll(this.form);
      return;
    }
    const body = projectRequest(this.form);
    if (allowSimilarName) {
      body.allowSimilarName = true;
    }
    const project = this.project();
    const request: Observable<ProjectDto> = project
      ? this.api.invoke(updateProject, {
          id: project.id,
          body: { ...body, concurrencyStamp: project.concurrencyStamp },
        })
      : this.api.invoke(createProject, { body });
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.message.success(this.translate.instant('common.saved'));
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.onError(error);
      },
    });
  }

  private onError(error: unknown): void {
    if (!(error instanceof HttpErrorResponse) || error.status !== 409) {
      this.problems.report(error, this.form);
      return;
    }
    const problem = (readProblem(error) ?? error.error ?? {}) as DuplicateProblem;
    if (problem.code === 'Reserve.DuplicateCode') {
      const text = problem.detail || this.translate.instant('reserve.form.duplicateCode');
      const code = this.form.controls.code;
      code.setErrors({ ...(code.errors ?? {}), server: text });
      code.markAsDirty();
      code.markAsTouched();
      this.message.error(text);
    } else if (problem.code === 'Reserve.SimilarName') {
      this.confirmSimilarName(problem);
    } else {
      this.message.error(this.translate.instant('errors.concurrency'));
      this.saved.emit(null); // closes the dialog and reloads
    }
  }

  private confirmSimilarName(problem: DuplicateProblem): void {
    this.duplicates.set(problem.duplicates ?? []);
    this.modal.confirm({
      nzTitle: problem.detail || this.translate.instant('reserve.form.similarNameTitle'),
      nzContent: this.duplicatesTemplate(),
      nzOkText: this.translate.instant('reserve.form.saveAnyway'),
      nzCancelText: this.translate.instant('common.cancel'),
      nzOnOk: () => this.submit(true),
    });
  }
}
