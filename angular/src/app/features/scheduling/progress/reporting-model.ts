import { FormControl, Validators } from '@angular/forms';
import { ProgressReminderDto } from '../../../api/models/progress-reminder-dto';
import { ReminderRunDto } from '../../../api/models/reminder-run-dto';

/** The 报送截止日 the server accepts (every month has a 28th). */
export const DUE_DAY_MIN = 1;
export const DUE_DAY_MAX = 28;
/** How many of the unit's latest 催报 the page shows. */
export const REMINDERS_SHOWN = 3;

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** An API day ('yyyy-MM-dd') as numbers, for "yyyy年M月d日"; null when it is not one. */
export function dayParts(value: string | null | undefined): DayParts | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? { year: +match[1], month: +match[2], day: +match[3] } : null;
}

/** A translation key with its parameters. */
export interface Text {
  key: string;
  params?: Record<string, unknown>;
}

/** What 立即催报 did: how many units were reminded (and mails sent), or that last month is not due yet. */
export function reminderRunText(run: ReminderRunDto): Text {
  return run.overdue
    ? { key: 'scheduling.reminders.sent', params: { units: run.reminded, emails: run.emails } }
    : { key: 'scheduling.reminders.notDue' };
}

/** One 催报 to the unit: "您单位 yyyy年M月 有 N 个项目逾期未报：…（截止 …）". */
export function reminderText(reminder: ProgressReminderDto): Text {
  const due = dayParts(reminder.dueDate);
  return {
    key: 'scheduling.reminders.line',
    params: {
      year: reminder.year,
      month: reminder.month,
      count: reminder.projectCount,
      projects: reminder.projects,
      dueYear: due?.year ?? '',
      dueMonth: due?.month ?? '',
      dueDay: due?.day ?? '',
    },
  };
}

/** 报送截止日 (1–28 of the following month). */
export function createDueDayControl(value: number | null = null): FormControl<number | null> {
  return new FormControl<number | null>(value, [
    Validators.required,
    Validators.min(DUE_DAY_MIN),
    Validators.max(DUE_DAY_MAX),
  ]);
}
