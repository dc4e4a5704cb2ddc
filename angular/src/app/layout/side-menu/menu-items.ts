import { Permissions } from '../../core/permissions';

export interface MenuItem {
  testId: string;
  titleKey: string;
  icon: string;
  link?: string;
  /** Absent: visible to every signed-in user. */
  permission?: string;
  children?: MenuItem[];
}

export const MENU_ITEMS: MenuItem[] = [
  { testId: 'menu-home', titleKey: 'menu.home', icon: 'home', link: '/' },
  {
    testId: 'menu-leads',
    titleKey: 'menu.leads',
    icon: 'aim',
    permission: Permissions.leadsView,
    children: [
      {
        testId: 'menu-leads-board',
        titleKey: 'menu.leadsBoard',
        icon: 'project',
        link: '/leads/board',
      },
      {
        testId: 'menu-leads-list',
        titleKey: 'menu.leadsList',
        icon: 'unordered-list',
        link: '/leads/list',
      },
      {
        testId: 'menu-leads-funnel',
        titleKey: 'menu.leadsFunnel',
        icon: 'funnel-plot',
        link: '/leads/funnel',
      },
      {
        testId: 'menu-leads-industries',
        titleKey: 'menu.leadsIndustries',
        icon: 'appstore',
        link: '/leads/industries',
      },
    ],
  },
  {
    testId: 'menu-signed-contracts',
    titleKey: 'menu.signedContracts',
    icon: 'file-done',
    permission: Permissions.signedContractsView,
    children: [
      {
        testId: 'menu-contracts-list',
        titleKey: 'menu.contractsList',
        icon: 'file-text',
        link: '/signed-contracts/list',
      },
      {
        testId: 'menu-contracts-statistics',
        titleKey: 'menu.contractsStatistics',
        icon: 'bar-chart',
        link: '/signed-contracts/statistics',
      },
      {
        testId: 'menu-contracts-cohort',
        titleKey: 'menu.contractsCohort',
        icon: 'funnel-plot',
        link: '/signed-contracts/cohort',
      },
    ],
  },
  {
    testId: 'menu-reserve',
    titleKey: 'menu.reserve',
    icon: 'database',
    link: '/reserve',
    permission: Permissions.reserveView,
  },
  {
    testId: 'menu-plan',
    titleKey: 'menu.plan',
    icon: 'calendar',
    link: '/plan',
    permission: Permissions.reserveView,
  },
  {
    testId: 'menu-approvals',
    titleKey: 'menu.approvals',
    icon: 'solution',
    permission: Permissions.approvalsView,
    children: [
      {
        testId: 'menu-approvals-inbox',
        titleKey: 'menu.approvalsInbox',
        icon: 'inbox',
        link: '/approvals/inbox',
        permission: Permissions.approvalsDecide,
      },
      {
        testId: 'menu-approvals-returned',
        titleKey: 'menu.approvalsReturned',
        icon: 'rollback',
        link: '/approvals/returned',
      },
      {
        testId: 'menu-approvals-instances',
        titleKey: 'menu.approvalsInstances',
        icon: 'apartment',
        link: '/approvals/instances',
      },
      {
        testId: 'menu-approvals-templates',
        titleKey: 'menu.approvalsTemplates',
        icon: 'partition',
        link: '/approvals/templates',
      },
      {
        testId: 'menu-approvals-calendar',
        titleKey: 'menu.approvalsCalendar',
        icon: 'calendar',
        link: '/approvals/calendar',
      },
    ],
  },
  {
    testId: 'menu-scheduling',
    titleKey: 'menu.scheduling',
    icon: 'schedule',
    permission: Permissions.schedulingView,
    children: [
      {
        testId: 'menu-scheduling-progress',
        titleKey: 'menu.schedulingProgress',
        icon: 'schedule',
        link: '/scheduling/progress',
      },
      {
        testId: 'menu-scheduling-statistics',
        titleKey: 'menu.schedulingStatistics',
        icon: 'fund',
        link: '/scheduling/statistics',
      },
      {
        testId: 'menu-scheduling-dashboard',
        titleKey: 'menu.schedulingDashboard',
        icon: 'dashboard',
        link: '/scheduling/dashboard',
      },
      {
        testId: 'menu-scheduling-warnings',
        titleKey: 'menu.schedulingWarnings',
        icon: 'warning',
        link: '/scheduling/warnings',
      },
      {
        testId: 'menu-scheduling-problems',
        titleKey: 'menu.schedulingProblems',
        icon: 'exclamation-circle',
        link: '/scheduling/problems',
      },
      {
        testId: 'menu-scheduling-inspections',
        titleKey: 'menu.schedulingInspections',
        icon: 'audit',
        link: '/scheduling/inspections',
      },
      {
        testId: 'menu-scheduling-briefs',
        titleKey: 'menu.schedulingBriefs',
        icon: 'file-done',
        link: '/scheduling/briefs',
      },
    ],
  },
  {
    testId: 'menu-admin',
    titleKey: 'menu.admin',
    icon: 'setting',
    children: [
      {
        testId: 'menu-admin-users',
        titleKey: 'menu.users',
        icon: 'user',
        link: '/admin/users',
        permission: Permissions.usersView,
      },
      {
        testId: 'menu-admin-departments',
        titleKey: 'menu.departments',
        icon: 'apartment',
        link: '/admin/departments',
        permission: Permissions.departmentsView,
      },
      {
        testId: 'menu-admin-roles',
        titleKey: 'menu.roles',
        icon: 'safety-certificate',
        link: '/admin/roles',
        permission: Permissions.rolesView,
      },
      {
        testId: 'menu-admin-audit-logs',
        titleKey: 'menu.auditLogs',
        icon: 'audit',
        link: '/admin/audit-logs',
        permission: Permissions.auditLogsView,
      },
    ],
  },
];

/** The items the user may see; a group is kept only when at least one child survives. */
export function visibleMenuItems(
  items: MenuItem[],
  hasPermission: (permission: string) => boolean,
): MenuItem[] {
  return items.flatMap((item) => {
    if (item.permission && !hasPermission(item.permission)) {
      return [];
    }
    if (!item.children) {
      return [item];
    }
    const children = visibleMenuItems(item.children, hasPermission);
    return children.length ? [{ ...item, children }] : [];
  });
}
