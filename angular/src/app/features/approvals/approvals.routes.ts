import { Routes } from '@angular/router';

export const APPROVALS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'instances' },
  {
    path: 'inbox',
    loadComponent: () => import('./inbox/inbox-page').then((m) => m.InboxPage),
    data: { titleKey: 'approvals.inbox.title' },
  },
  {
    path: 'returned',
    loadComponent: () => import('./returned/returned-page').then((m) => m.ReturnedPage),
    data: { titleKey: 'approvals.returned.title' },
  },
  {
    path: 'instances',
    loadComponent: () => import('./instances/instance-list-page').then((m) => m.InstanceListPage),
    data: { titleKey: 'approvals.instances.title' },
  },
  {
    path: 'instances/:id',
    loadComponent: () =>
      import('./instance-view/instance-view-page').then((m) => m.InstanceViewPage),
    data: { titleKey: 'approvals.view.title' },
  },
  {
    path: 'templates',
    loadComponent: () => import('./templates/template-list-page').then((m) => m.TemplateListPage),
    data: { titleKey: 'approvals.templates.title' },
  },
  {
    path: 'templates/:id',
    loadComponent: () =>
      import('./templates/template-editor-page').then((m) => m.TemplateEditorPage),
    data: { titleKey: 'approvals.templates.editor' },
  },
  {
    path: 'calendar',
    loadComponent: () => import('./calendar/calendar-page').then((m) => m.CalendarPage),
    data: { titleKey: 'approvals.calendar.title' },
  },
];
