import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth/auth.guards';
import { Permissions } from '../../core/permissions';

export const ADMIN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  {
    path: 'users',
    canActivate: [permissionGuard(Permissions.usersView)],
    loadComponent: () => import('./users/user-list-page').then((m) => m.UserListPage),
  },
  {
    path: 'departments',
    canActivate: [permissionGuard(Permissions.departmentsView)],
    loadComponent: () => import('./departments/department-page').then((m) => m.DepartmentPage),
  },
  {
    path: 'roles',
    canActivate: [permissionGuard(Permissions.rolesView)],
    loadComponent: () => import('./roles/role-page').then((m) => m.RolePage),
  },
  {
    path: 'audit-logs',
    canActivate: [permissionGuard(Permissions.auditLogsView)],
    loadComponent: () => import('./audit-logs/audit-log-page').then((m) => m.AuditLogPage),
  },
];
