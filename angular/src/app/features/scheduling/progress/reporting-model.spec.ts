import { ProgressReminderDto } from '../../../api/models/progress-reminder-dto';
import { createDueDayControl, dayParts, reminderRunText, reminderText } from './reporting-model';

describe('reporting-model', () => {
  it('reads an API day as its parts', () => {
    expect(dayParts('2026-04-10')).toEqual({ year: 2026, month: 4, day: 10 });
    expect(dayParts('2026-12-01T00:00:00')).toEqual({ year: 2026, month: 12, day: 1 });
    expect(dayParts('')).toBeNull();
    expect(dayParts(null)).toBeNull();
  });

  it('says what 立即催报 did, or that last month is not due yet', () => {
    const run = { year: 2026, month: 3, dueDate: '2026-04-10', reminded: 2, emails: 5 };
    expect(reminderRunText({ ...run, overdue: true })).toEqual({
      key: 'scheduling.reminders.sent',
      params: { units: 2, emails: 5 },
    });
    expect(reminderRunText({ ...run, overdue: false, reminded: 0, emails: 0 })).toEqual({
      key: 'scheduling.reminders.notDue',
    });
  });

  it('words a 催报 with its month, projects and due day', () => {
    const reminder: ProgressReminderDto = {
      id: 'r1',
      departmentId: 'd1',
      departmentName: '区住建局',
      year: 2026,
      month: 3,
      dueDate: '2026-04-10',
      sentOn: '2026-04-11',
      projectCount: 2,
      projects: '新平大道东延段、湟水河综合治理',
      emailedTo: 1,
      createdAtUtc: '2026-04-11T01:00:00Z',
    };
    expect(reminderText(reminder)).toEqual({
      key: 'scheduling.reminders.line',
      params: {
        year: 2026,
        month: 3,
        count: 2,
        projects: '新平大道东延段、湟水河综合治理',
        dueYear: 2026,
        dueMonth: 4,
        dueDay: 10,
      },
    });
  });

  it('accepts a due day from 1 to 28 only', () => {
    const control = createDueDayControl(10);
    expect(control.valid).toBe(true);
    control.setValue(null);
    expect(control.errors).toEqual({ required: true });
    control.setValue(0);
    expect(control.hasError('min')).toBe(true);
    control.setValue(29);
    expect(control.hasError('max')).toBe(true);
    control.setValue(28);
    expect(control.valid).toBe(true);
  });
});
