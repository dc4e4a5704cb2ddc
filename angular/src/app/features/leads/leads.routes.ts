import { Routes } from '@angular/router';

export const LEADS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'board' },
  {
    path: 'board',
    loadComponent: () => import('./lead-board/lead-board-page').then((m) => m.LeadBoardPage),
    data: { titleKey: 'leads.board.title' },
  },
  {
    path: 'list',
    loadComponent: () => import('./lead-list/lead-list-page').then((m) => m.LeadListPage),
    data: { titleKey: 'leads.list.title' },
  },
  {
    path: 'funnel',
    loadComponent: () => import('./funnel/funnel-page').then((m) => m.FunnelPage),
    data: { titleKey: 'leads.funnel.title' },
  },
  {
    path: 'industries',
    loadComponent: () => import('./industries/industries-page').then((m) => m.IndustriesPage),
    data: { titleKey: 'leads.industries.title' },
  },
  {
    path: ':id',
    loadComponent: () => import('./lead-detail/lead-detail-page').then((m) => m.LeadDetailPage),
    data: { titleKey: 'leads.detail.title' },
  },
];
