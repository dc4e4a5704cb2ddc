import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  TemplateRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { Subject, catchError, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';
import { Api } from '../../../api/api';
import { addPlanEntry } from '../../../api/fn/reserve/add-plan-entry';
import { getProjects } from '../../../api/fn/reserve/get-projects';
import { updatePlanEntry } from '../../../api/fn/reserve/update-plan-entry';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { PlanEntryDto } from '../../../api/models/plan-entry-dto';
import { ProjectListItemDto } from '../../../api/models/project-list-item-dto';
import { SectorDto } from '../../../api/models/sector-dto';
import { readProblem } from '../../../core/http/problem-details';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { yuanFromWan } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { DuplicateProject } from '../project-form/project-form-dialog';
import { revealAll } from '../project-form/project-form-model';
import {
  EntryMode,
  PlanEntryForm,
  addPlanEntryRequest,
  createPlanEntryForm,
  patchPlanEntryForm,
  planEntryFields,
} from './plan-entry-model';
import { CONSTRUCTION_TYPES, requiresStartMonth } from './plan-model';
import { PlanNewProjectFields } from './plan-new-project-fields';

/** How many library projects the picker shows per search. */
const PICKER_PAGE_SIZE = 20;

interface SimilarNameProblem {
  code?: string;
  detail?: string | null;
  duplicates?: DuplicateProject[];
}

/**
 * 纳入计划 / 编辑 modal. Adding takes a library project (accepted ones, searched on the server) or a new project
 * entered here, with the project's current 行业领域/建设地点/责任单位/项目单位/总投资 as the year's; editing changes the
 * entry's own fields and those year's values (with the concurrency stamp), never the project master.
 */
@Component({
  selector: 'app-plan-entry-dialog',
  imports: [SHARED_IMPORTS, NzRadioModule, PlanNewProjectFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-entry-dialog.html',
  styles: `
    .section {
      margin: 0 0 12px;
      font-weight: 600;
    }
  `,
})
export class PlanEntryDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);
  private readonly destroyRef = inject(DestroyRef);

  readonly year = input.required<number>();
  readonly entry = input<PlanEntryDto | null>(null);
  readonly sectors = input<SectorDto[]>([]);
  readonly departmentOptions = input<DepartmentOptionDto[]>([]);
  readonly closed = output<void>();
  /** The saved entry, or null after a stale-edit conflict (reload). */
  readonly saved = output<PlanEntryDto | null>();

  protected readonly types = CONSTRUCTION_TYPES;
  protected readonly saving = signal(false);
  protected readonly searching = signal(false);
  protected readonly found = signal<ProjectListItemDto[]>([]);
  /** The picked library project (kept when a later search no longer lists it). */
  protected readonly picked = signal<ProjectListItemDto | null>(null);
  protected readonly projectOptions = computed(() => {
    const picked = this.picked();
    const found = this.found();
    return picked && !found.some((p) => p.id === picked.id) ? [picked, ...found] : found;
  });
  protected readonly duplicates = signal<DuplicateProject[]>([]);
  private readonly duplicatesTemplate = viewChild.required<TemplateRef<unknown>>('duplicatesList');
  private readonly searchTerms = new Subject<string>();

  protected form!: PlanEntryForm;
  /** The form's mode and type as signals, for the template. */
  protected readonly mode = signal<EntryMode>('library');
  protected readonly startRequired = signal(false);

  protected get isEdit(): boolean {
    return this.entry() !== null;
  }

  ngOnInit(): void {
    this.form = createPlanEntryForm(this.year(), () => this.totalYuan());
    this.form.controls.mode.valueChanges.subscribe((mode) => this.mode.set(mode));
    this.form.controls.type.valueChanges.subscribe((type) =>
      this.startRequired.set(requiresStartMonth(type)),
    );
    const entry = this.entry();
    if (entry) {
      patchPlanEntryForm(this.form, entry);
      return;
    }
    this.form.controls.projectId.valueChanges.subscribe((id) => {
      this.picked.set(this.projectOptions().find((p) => p.id === id) ?? null);
      this.form.controls.plannedInvestment.updateValueAndValidity();
    });
    this.searchTerms
      .pipe(
        debounceTime(300),
        distinctUntilChanged(),
        // A failed search shows no options but keeps the search alive for the next term.
        switchMap((term) =>
          this.findProjects(term).pipe(catchError(() => of({ items: [], totalCount: 0 }))),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({ next: (page) => this.onFound(page.items), error: () => this.onFound([]) });
    this.findProjects('').subscribe({
      next: (page) => this.onFound(page.items),
      error: (error: unknown) => {
        this.onFound([]);
        this.problems.report(error);
      },
    });
  }

  /** The chosen project's total investment in yuan, when known (for 年度计划投资 ≤ 总投资). */
  private totalYuan(): number | null {
    if (!this.form) {
      return null; // the validators first run while the form is being built
    }
    if (this.entry()) {
      const total = this.form.controls.totalInvestment.value;
      return total === null ? null : yuanFromWan(total);
    }
    if (this.form.controls.mode.value === 'new') {
      const total = this.form.controls.newProject.controls.totalInvestment.value;
      return total === null ? null : yuanFromWan(total);
    }
    return this.picked()?.totalInvestment ?? null;
  }

  private findProjects(search: string) {
    this.searching.set(true);
    return this.api.invoke(getProjects, {
      reviewStatus: 'Accepted',
      search: search.trim() || undefined,
      pageSize: PICKER_PAGE_SIZE,
    });
  }

  private onFound(projects: ProjectListItemDto[]): void {
    this.searching.set(false);
    this.found.set(projects);
  }

  protected onSearch(term: string): void {
    this.searchTerms.next(term);
  }

  protected projectLabel(project: ProjectListItemDto): string {
    return project.code ? `${project.name}（${project.code}）` : project.name;
  }

  /** 建设地点 choices: the towns. */
  protected readonly towns = computed(() => this.departmentOptions().filter((d) => d.isTown));

  /** 责任单位 choices: the departments that are not towns. */
  protected readonly departments = computed(() =>
    this.departmentOptions().filter((d) => !d.isTown),
  );

  protected submit(allowSimilarName = false): void {
    if (this.form.invalid) {
      revealAll(this.form);
      return;
    }
    const entry = this.entry();
    if (entry) {
      this.problems.save(
        this.api.invoke(updatePlanEntry, {
          year: this.year(),
          id: entry.id,
          body: { ...planEntryFields(this.form), concurrencyStamp: entry.concurrencyStamp },
        }),
        {
          saving: this.saving,
          form: this.form,
          saved: (updated) => this.saved.emit(updated),
          stale: () => this.saved.emit(null),
        },
      );
      return;
    }
    const body = addPlanEntryRequest(this.form);
    if (allowSimilarName && body.newProject) {
      body.newProject.allowSimilarName = true;
    }
    this.saving.set(true);
    this.api.invoke(addPlanEntry, { year: this.year(), body }).subscribe({
      next: (added) => {
        this.saving.set(false);
        this.message.success(this.translate.instant('common.saved'));
        this.saved.emit(added);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = (readProblem(error) ?? {}) as SimilarNameProblem;
        if (
          error instanceof HttpErrorResponse &&
          error.status === 409 &&
          problem.code === 'Reserve.SimilarName'
        ) {
          this.confirmSimilarName(problem);
        } else {
          this.problems.report(error, this.form);
        }
      },
    });
  }

  private confirmSimilarName(problem: SimilarNameProblem): void {
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
