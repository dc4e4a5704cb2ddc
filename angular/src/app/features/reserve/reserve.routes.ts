import { Routes } from '@angular/router';

/** 年度计划 has its own menu entry and lives at /plan, so that 项目库 is not highlighted with it. */
export const PLAN_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./plan/plan-page').then((m) => m.PlanPage),
    data: { titleKey: 'reserve.plan.title' },
  },
];

export const RESERVE_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./project-list/project-list-page').then((m) => m.ProjectListPage),
    data: { titleKey: 'menu.reserve' },
  },
  {
    path: 'board',
    loadComponent: () =>
      import('./reserve-board/reserve-board-page').then((m) => m.ReserveBoardPage),
    data: { titleKey: 'reserve.board.title' },
  },
  {
    path: 'pre-work-funds',
    loadComponent: () =>
      import('./pre-work-funds/pre-work-funds-page').then((m) => m.PreWorkFundsPage),
    data: { titleKey: 'reserve.preWorkFunds.title' },
  },
  {
    path: 'ranking',
    loadComponent: () => import('./ranking/ranking-page').then((m) => m.RankingPage),
    data: { titleKey: 'reserve.ranking.title' },
  },
  {
    path: 'funding-match',
    loadComponent: () =>
      import('./funding-match/funding-match-page').then((m) => m.FundingMatchPage),
    data: { titleKey: 'reserve.fundingMatch.title' },
  },
  {
    path: 'projects/:id',
    loadComponent: () =>
      import('./project-detail/project-detail-page').then((m) => m.ProjectDetailPage),
    data: { titleKey: 'menu.reserve' },
  },
];
