import { Routes } from '@angular/router';

export const SCHEDULING_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'progress' },
  {
    path: 'progress',
    loadComponent: () => import('./progress/progress-page').then((m) => m.ProgressPage),
    data: { titleKey: 'scheduling.progress.title' },
  },
  {
    path: 'statistics',
    loadComponent: () => import('./statistics/statistics-page').then((m) => m.StatisticsPage),
    data: { titleKey: 'scheduling.statistics.title' },
  },
];
