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
  {
    path: 'warnings',
    loadComponent: () => import('./warnings/warnings-page').then((m) => m.WarningsPage),
    data: { titleKey: 'scheduling.warnings.title' },
  },
  {
    path: 'problems',
    loadComponent: () => import('./problems/problems-page').then((m) => m.ProblemsPage),
    data: { titleKey: 'scheduling.problems.title' },
  },
  {
    path: 'inspections',
    loadComponent: () => import('./inspections/inspections-page').then((m) => m.InspectionsPage),
    data: { titleKey: 'scheduling.inspections.title' },
  },
  {
    path: 'dashboard',
    loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
    data: { titleKey: 'scheduling.dashboard.title' },
  },
  {
    path: 'briefs',
    loadComponent: () => import('./briefs/briefs-page').then((m) => m.BriefsPage),
    data: { titleKey: 'scheduling.briefs.title' },
  },
];
