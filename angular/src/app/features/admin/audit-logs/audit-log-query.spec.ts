import { prettyChanges, toAuditLogQuery } from './audit-log-query';

describe('toAuditLogQuery', () => {
  it('drops empty filters and trims text', () => {
    expect(
      toAuditLogQuery({ userName: '  admin ', action: null, entityType: '', range: [] }),
    ).toEqual({ userName: 'admin' });
  });

  it('turns the date range into from = start of the first day and to = end of the last day', () => {
    const query = toAuditLogQuery({
      action: '登录',
      range: [new Date(2026, 0, 5, 13, 0), new Date(2026, 0, 6, 8, 0)],
    });
    expect(query.action).toBe('登录');
    expect(new Date(query.from!).getTime()).toBe(new Date(2026, 0, 5, 0, 0, 0, 0).getTime());
    expect(new Date(query.to!).getTime()).toBe(new Date(2026, 0, 6, 23, 59, 59, 999).getTime());
  });
});

describe('prettyChanges', () => {
  it('indents JSON and keeps other text unchanged', () => {
    expect(prettyChanges('{"before":{"a":1},"after":{"a":2}}')).toBe(
      '{\n  "before": {\n    "a": 1\n  },\n  "after": {\n    "a": 2\n  }\n}',
    );
    expect(prettyChanges('not json')).toBe('not json');
    expect(prettyChanges(null)).toBe('');
  });
});
