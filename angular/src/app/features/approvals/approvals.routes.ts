import { Routes } from '@angular/router';

export const APPROVALS_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () =>
      import('../../shared/under-construction/under-construction-page').then(
        (m) => m.UnderConstructionPage,
      ),
    data: { titleKey: 'menu.approvals' },
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
