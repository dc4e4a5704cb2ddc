import { Routes } from '@angular/router';

export const LEADS_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () =>
      import('../../shared/under-construction/under-construction-page').then(
        (m) => m.UnderConstructionPage,
      ),
    data: { titleKey: 'menu.leads' },
  },
];
