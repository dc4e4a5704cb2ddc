import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Api } from '../../../api/api';
import { getPermissions } from '../../../api/fn/identity/get-permissions';
import { getRoles } from '../../../api/fn/identity/get-roles';
import { setRolePermissions } from '../../../api/fn/identity/set-role-permissions';
import { PermissionGroupDto } from '../../../api/models/permission-group-dto';
import { RoleDto } from '../../../api/models/role-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { LanguageService } from '../../../core/i18n/language.service';
import { Permissions } from '../../../core/permissions';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { CreateRoleDialog } from './create-role-dialog';
import { groupCheckState } from './permission-selection';

/** 角色权限: the roles, and the permission checkboxes of the selected role. */
@Component({
  selector: 'app-role-page',
  imports: [SHARED_IMPORTS, CreateRoleDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './role-page.html',
  styles: `
    .layout {
      display: flex;
      gap: 24px;
      align-items: flex-start;
    }
    .roles {
      flex: 1 1 55%;
    }
    .permissions {
      flex: 1 1 45%;
    }
    .group {
      margin-bottom: 16px;
    }
    .group-items {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      padding-left: 24px;
      margin-top: 8px;
    }
    tr.selected td {
      background: #e6f4ff;
    }
    tr {
      cursor: pointer;
    }
  `,
})
export class RolePage {
  private readonly api = inject(Api);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);
  protected readonly language = inject(LanguageService);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.rolesManage);

  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly groups = signal<PermissionGroupDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly creating = signal(false);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly checked = signal<ReadonlySet<string>>(new Set());
  protected readonly selected = computed(
    () => this.roles().find((role) => role.id === this.selectedId()) ?? null,
  );
  protected readonly groupCheckState = groupCheckState;

  constructor() {
    this.loading.set(true);
    this.api.invoke(getRoles).subscribe({
      next: (roles) => {
        this.roles.set(roles);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
    this.api.invoke(getPermissions).subscribe({
      next: (groups) => this.groups.set(groups),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  protected label(item: { displayName: string; displayNameEn: string }): string {
    return this.language.current() === 'en'
      ? item.displayNameEn || item.displayName
      : item.displayName;
  }

  protected select(role: RoleDto): void {
    this.selectedId.set(role.id);
    this.checked.set(new Set(role.permissions));
  }

  protected toggle(permission: string, on: boolean): void {
    this.checked.update((current) => {
      const next = new Set(current);
      if (on) next.add(permission);
      else next.delete(permission);
      return next;
    });
  }

  protected toggleGroup(group: PermissionGroupDto, on: boolean): void {
    this.checked.update((current) => {
      const next = new Set(current);
      for (const permission of group.permissions) {
        if (on) next.add(permission.name);
        else next.delete(permission.name);
      }
      return next;
    });
  }

  protected save(): void {
    const role = this.selected();
    if (!role) return;
    this.saving.set(true);
    this.api
      .invoke(setRolePermissions, {
        id: role.id,
        body: { permissions: [...this.checked()].sort() },
      })
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.replace(saved);
          this.message.success(this.translate.instant('common.saved'));
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.problems.report(error);
        },
      });
  }

  protected onCreated(role: RoleDto): void {
    this.creating.set(false);
    this.roles.update((roles) => [...roles, role]);
    this.select(role);
  }

  private replace(role: RoleDto): void {
    this.roles.update((roles) => roles.map((r) => (r.id === role.id ? role : r)));
    this.checked.set(new Set(role.permissions));
  }
}
