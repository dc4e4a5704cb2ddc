import { Routes } from '@angular/router';
import { authGuard, permissionGuard, signedInGuard } from './core/auth/auth.guards';
import { Permissions } from './core/permissions';
import { Shell } from './layout/shell/shell';

export const routes: Routes = [
  {
    path: 'login',
    loadComponent: () => import('./features/account/login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'account/change-password',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./features/account/change-password/change-password-page').then(
        (m) => m.ChangePasswordPage,
      ),
  },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./features/home/home-page').then((m) => m.HomePage),
      },
      {
        path: 'leads',
        canActivate: [permissionGuard(Permissions.leadsView)],
        loadChildren: () => import('./features/leads/leads.routes').then((m) => m.LEADS_ROUTES),
      },
      {
        path: 'signed-contracts',
        canActivate: [permissionGuard(Permissions.signedContractsView)],
        loadChildren: () =>
          import('./features/signed-contracts/signed-contracts.routes').then(
            (m) => m.SIGNED_CONTRACTS_ROUTES,
          ),
      },
      {
        path: 'reserve',
        canActivate: [permissionGuard(Permissions.reserveView)],
        loadChildren: () =>
          import('./features/reserve/reserve.routes').then((m) => m.RESERVE_ROUTES),
      },
      {
        path: 'plan',
        canActivate: [permissionGuard(Permissions.reserveView)],
        loadChildren: () => import('./features/reserve/reserve.routes').then((m) => m.PLAN_ROUTES),
      },
      {
        path: 'approvals',
        canActivate: [permissionGuard(Permissions.approvalsView)],
        loadChildren: () =>
          import('./features/approvals/approvals.routes').then((m) => m.APPROVALS_ROUTES),
      },
      {
        path: 'scheduling',
        canActivate: [permissionGuard(Permissions.schedulingView)],
        loadChildren: () =>
          import('./features/scheduling/scheduling.routes').then((m) => m.SCHEDULING_ROUTES),
      },
      {
        path: 'admin',
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.ADMIN_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
