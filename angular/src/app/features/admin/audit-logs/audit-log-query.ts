import { GetAuditLogs$Params } from '../../../api/fn/identity/get-audit-logs';

/** Actions the backend records; the value is what it stores and filters by, the key its label. */
export const AUDIT_ACTIONS = [
  { value: '创建', key: 'audit.actions.create' },
  { value: '修改', key: 'audit.actions.update' },
  { value: '删除', key: 'audit.actions.delete' },
  { value: '登录', key: 'audit.actions.login' },
  { value: '登出', key: 'audit.actions.logout' },
  { value: '登录失败', key: 'audit.actions.loginFailed' },
  { value: '访问被拒绝', key: 'audit.actions.accessDenied' },
  { value: '操作失败', key: 'audit.actions.requestFailed' },
  { value: '导出', key: 'audit.actions.export' },
] as const;

export const AUDIT_OUTCOME_SUCCESS = '成功';

export interface AuditLogFilters {
  userName?: string | null;
  action?: string | null;
  entityType?: string | null;
  range?: (Date | null)[] | null;
}

export type AuditLogQuery = Omit<GetAuditLogs$Params, 'page' | 'pageSize'>;

/** Filters → query parameters shared by the list and the export; the end date covers its whole day. */
export function toAuditLogQuery(filters: AuditLogFilters): AuditLogQuery {
  const query: AuditLogQuery = {};
  const text = (value?: string | null) => value?.trim() || undefined;
  query.userName = text(filters.userName);
  query.action = text(filters.action);
  query.entityType = text(filters.entityType);
  const [from, to] = filters.range ?? [];
  if (from) {
    const start = new Date(from);
    start.setHours(0, 0, 0, 0);
    query.from = start.toISOString();
  }
  if (to) {
    const end = new Date(to);
    end.setHours(23, 59, 59, 999);
    query.to = end.toISOString();
  }
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined),
  ) as AuditLogQuery;
}

/** The `changes` JSON text indented for reading; unparsable text is returned as is. */
export function prettyChanges(changes: string | null | undefined): string {
  if (!changes) return '';
  try {
    return JSON.stringify(JSON.parse(changes), null, 2);
  } catch {
    return changes;
  }
}
