/** Permission names granted by the backend (CurrentUserDto.permissions). */
export const Permissions = {
  leadsView: 'Leads.View',
  signedContractsView: 'SignedContracts.View',
  reserveView: 'Reserve.View',
  reserveSubmit: 'Reserve.Submit',
  reserveManage: 'Reserve.Manage',
  approvalsView: 'Approvals.View',
  schedulingView: 'Scheduling.View',
  schedulingManage: 'Scheduling.Manage',
  schedulingReport: 'Scheduling.Report',
  usersView: 'Identity.Users.View',
  usersManage: 'Identity.Users.Manage',
  departmentsView: 'Identity.Departments.View',
  departmentsManage: 'Identity.Departments.Manage',
  rolesView: 'Identity.Roles.View',
  rolesManage: 'Identity.Roles.Manage',
  auditLogsView: 'Identity.AuditLogs.View',
} as const;
