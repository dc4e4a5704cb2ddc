import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { NzFormatEmitEvent } from 'ng-zorro-antd/core/tree';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Observable } from 'rxjs';
import { Api } from '../../../api/api';
import { createDepartment } from '../../../api/fn/identity/create-department';
import { deleteDepartment } from '../../../api/fn/identity/delete-department';
import { getDepartments } from '../../../api/fn/identity/get-departments';
import { updateDepartment } from '../../../api/fn/identity/update-department';
import { DepartmentDto } from '../../../api/models/department-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { buildDepartmentTree, departmentWithDescendants } from '../department-tree';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { DepartmentAliasesDialog } from './department-aliases-dialog';

type Mode = 'view' | 'create' | 'edit';

/** 部门管理: the department tree on the left, the selected department (or its form) on the right. */
@Component({
  selector: 'app-department-page',
  imports: [SHARED_IMPORTS, DepartmentAliasesDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './department-page.html',
  styles: `
    .layout {
      display: flex;
      gap: 24px;
      align-items: flex-start;
    }
    .tree {
      flex: 0 0 320px;
      border: 1px solid #f0f0f0;
      padding: 12px;
      min-height: 360px;
    }
    .detail {
      flex: 1;
    }
    .alias {
      margin-left: 4px;
      font-size: 12px;
      line-height: 18px;
    }
  `,
})
export class DepartmentPage {
  private readonly api = inject(Api);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.departmentsManage);

  protected readonly departments = signal<DepartmentDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly mode = signal<Mode>('view');
  protected readonly editingAliases = signal<DepartmentDto | null>(null);

  protected readonly tree = computed(() => buildDepartmentTree(this.departments()));
  protected readonly selected = computed(
    () => this.departments().find((d) => d.id === this.selectedId()) ?? null,
  );
  protected readonly parentName = computed(() => {
    const parentId = this.selected()?.parentId;
    return this.departments().find((d) => d.id === parentId)?.name ?? null;
  });
  /** Parent choices: in edit mode a department cannot move under itself or its descendants. */
  protected readonly parentChoices = computed(() => {
    const id = this.mode() === 'edit' ? this.selectedId() : null;
    const disabled = id ? departmentWithDescendants(this.departments(), id) : new Set<string>();
    return buildDepartmentTree(this.departments(), disabled);
  });

  protected readonly form = inject(FormBuilder).group({
    parentId: [null as string | null],
    name: ['', [Validators.required, Validators.maxLength(64)]],
    code: ['', [Validators.required, Validators.maxLength(32)]],
    sortOrder: [0, Validators.required],
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.api.invoke(getDepartments).subscribe({
      next: (departments) => {
        this.departments.set(departments);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }

  protected onTreeClick(event: NzFormatEmitEvent): void {
    const key = event.node?.key ?? null;
    this.selectedId.set(key);
    this.mode.set('view');
  }

  protected startCreate(parentId: string | null): void {
    const siblings = this.departments().filter((d) => d.parentId === parentId);
    const nextOrder = siblings.length ? Math.max(...siblings.map((d) => d.sortOrder)) + 10 : 10;
    this.form.reset({ parentId, name: '', code: '', sortOrder: nextOrder });
    this.mode.set('create');
  }

  protected startEdit(department: DepartmentDto): void {
    this.form.reset({
      parentId: department.parentId,
      name: department.name,
      code: department.code,
      sortOrder: department.sortOrder,
    });
    this.mode.set('edit');
  }

  protected cancel(): void {
    this.mode.set('view');
  }

  protected save(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const value = this.form.getRawValue();
    const body = {
      parentId: value.parentId ?? null,
      name: value.name!.trim(),
      code: value.code!.trim(),
      sortOrder: value.sortOrder ?? 0,
    };
    const id = this.selectedId();
    const editing = this.mode() === 'edit' ? this.selected() : undefined;
    const request: Observable<DepartmentDto> =
      editing && id
        ? this.api.invoke(updateDepartment, {
            id,
            body: { ...body, concurrencyStamp: editing.concurrencyStamp },
          })
        : this.api.invoke(createDepartment, { body });
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.message.success(this.translate.instant('common.saved'));
        this.departments.update((list) => [...list.filter((d) => d.id !== saved.id), saved]);
        this.selectedId.set(saved.id);
        this.mode.set('view');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.report(error, this.form);
      },
    });
  }

  protected onAliasesSaved(saved: DepartmentDto): void {
    this.departments.update((list) => list.map((d) => (d.id === saved.id ? saved : d)));
    this.editingAliases.set(null);
  }

  protected onAliasesStale(): void {
    this.editingAliases.set(null);
    this.load();
  }

  protected remove(department: DepartmentDto): void {
    this.api.invoke(deleteDepartment, { id: department.id }).subscribe({
      next: () => {
        this.message.success(this.translate.instant('common.deleted'));
        this.departments.update((list) => list.filter((d) => d.id !== department.id));
        this.selectedId.set(null);
        this.mode.set('view');
      },
      error: (error: unknown) => this.problems.report(error),
    });
  }
}
