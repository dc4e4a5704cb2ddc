import { Routes } from '@angular/router';

export const SIGNED_CONTRACTS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'list' },
  {
    path: 'list',
    loadComponent: () =>
      import('./contract-list/contract-list-page').then((m) => m.ContractListPage),
    data: { titleKey: 'contracts.list.title' },
  },
  {
    path: 'statistics',
    loadComponent: () =>
      import('./statistics/contract-statistics-page').then((m) => m.ContractStatisticsPage),
    data: { titleKey: 'contracts.statistics.title' },
  },
  {
    path: 'cohort',
    loadComponent: () => import('./cohort/cohort-page').then((m) => m.CohortPage),
    data: { titleKey: 'contracts.cohort.title' },
  },
  {
    path: ':id',
    loadComponent: () =>
      import('./contract-detail/contract-detail-page').then((m) => m.ContractDetailPage),
    data: { titleKey: 'contracts.detail.title' },
  },
];
