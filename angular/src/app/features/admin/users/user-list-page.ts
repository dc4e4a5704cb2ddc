import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Api } from '../../../api/api';
import { disableUser } from '../../../api/fn/identity/disable-user';
import { enableUser } from '../../../api/fn/identity/enable-user';
import { exportUsers } from '../../../api/fn/identity/export-users';
import { getDepartments } from '../../../api/fn/identity/get-departments';
import { getRoles } from '../../../api/fn/identity/get-roles';
import { getUsers } from '../../../api/fn/identity/get-users';
import { DepartmentDto } from '../../../api/models/department-dto';
import { RoleDto } from '../../../api/models/role-dto';
import { UserDto } from '../../../api/models/user-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { quietForbidden } from '../../../core/http/auth-error.interceptor';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { downloadExport } from '../../../shared/download';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { buildDepartmentTree } from '../department-tree';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserFormDialog } from './user-form-dialog';

export const USERS_EXPORT_FILE_NAME = '用户.xlsx';

export type UserStatus = 'enabled' | 'disabled' | 'locked';

export function userStatus(user: UserDto): UserStatus {
  return user.isDisabled ? 'disabled' : user.isLockedOut ? 'locked' : 'enabled';
}

const STATUS_COLORS: Record<UserStatus, string> = {
  enabled: 'green',
  disabled: 'red',
  locked: 'orange',
};

/** 用户管理: server-paged user list with search, department filter and the manage actions. */
@Component({
  selector: 'app-user-list-page',
  imports: [SHARED_IMPORTS, UserFormDialog, ResetPasswordDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-list-page.html',
})
export class UserListPage {
  private readonly api = inject(Api);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.usersManage);
  protected readonly statusColors = STATUS_COLORS;
  protected readonly userStatus = userStatus;

  protected readonly users = signal<UserDto[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly departments = signal<DepartmentDto[]>([]);
  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly departmentTree = computed(() => buildDepartmentTree(this.departments()));
  private readonly roleNames = computed(
    () => new Map(this.roles().map((role) => [role.name, role.displayName])),
  );

  /** The user being edited (null: a new user); undefined when the dialog is closed. */
  protected readonly editing = signal<UserDto | null | undefined>(undefined);
  protected readonly resetting = signal<UserDto | null>(null);

  protected readonly filters = inject(FormBuilder).group({
    search: [''],
    departmentId: [null as string | null],
  });

  constructor() {
    this.api
      .invoke(getDepartments)
      .subscribe({ next: (list) => this.departments.set(list), error: () => undefined });
    this.api
      .invoke(getRoles, undefined, quietForbidden())
      .subscribe({ next: (list) => this.roles.set(list), error: () => undefined });
    this.load();
  }

  protected roleLabel(name: string): string {
    return this.roleNames().get(name) ?? name;
  }

  protected search(): void {
    this.page.set(1);
    this.load();
  }

  protected resetFilters(): void {
    this.filters.reset({ search: '', departmentId: null });
    this.search();
  }

  protected onPageIndex(page: number): void {
    this.page.set(page);
    this.load();
  }

  protected onPageSize(size: number): void {
    this.pageSize.set(size);
    this.page.set(1);
    this.load();
  }

  /** The list's filters as the API takes them (the export uses the same ones). */
  private query(): { search?: string; departmentId?: string } {
    const { search, departmentId } = this.filters.getRawValue();
    return { search: search?.trim() || undefined, departmentId: departmentId || undefined };
  }

  protected export(): void {
    downloadExport(
      this.api.invoke(exportUsers, this.query()),
      USERS_EXPORT_FILE_NAME,
      this.exporting,
      (error) => this.problems.report(error),
    );
  }

  protected load(): void {
    this.loading.set(true);
    this.api
      .invoke(getUsers, { ...this.query(), page: this.page(), pageSize: this.pageSize() })
      .subscribe({
        next: (result) => {
          this.users.set(result.items);
          this.total.set(result.totalCount);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  protected setDisabled(user: UserDto, disabled: boolean): void {
    const request = disabled
      ? this.api.invoke(disableUser, { id: user.id })
      : this.api.invoke(enableUser, { id: user.id });
    request.subscribe({
      next: () => {
        this.message.success(
          this.translate.instant(disabled ? 'users.disabledDone' : 'users.enabledDone'),
        );
        this.load();
      },
      error: (error: unknown) => this.problems.report(error),
    });
  }

  protected onSaved(): void {
    this.editing.set(undefined);
    this.load();
  }
}
