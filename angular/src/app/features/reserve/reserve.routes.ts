import { Routes } from '@angular/router';

export const RESERVE_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () =>
      import('../../shared/under-construction/under-construction-page').then(
        (m) => m.UnderConstructionPage,
      ),
    data: { titleKey: 'menu.reserve' },
  },
];
