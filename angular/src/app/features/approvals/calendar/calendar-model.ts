import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { dayToApi, shanghaiYear } from '../../../shared/dates';

/** Mirrors the server: days may be kept from 5 years back to 2 years ahead. */
export const YEARS_BACK = 5;
export const YEARS_AHEAD = 2;
export const NAME_MAX = 32;

export type DayKind = 'Holiday' | 'Workday';

export function editableYears(now = new Date()): number[] {
  const year = shanghaiYear(now);
  return Array.from({ length: YEARS_BACK + YEARS_AHEAD + 1 }, (_, i) => year - YEARS_BACK + i);
}

/** 星期一 … 星期日 index of a 'YYYY-MM-DD' day (0 = Sunday). */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The form of a day; `isTaken` says whether a date is already in the calendar (an added day must be new). */
export function createDayForm(isTaken: (date: string) => boolean = () => false) {
  return new FormGroup(
    {
      date: new FormControl<Date | null>(null, Validators.required),
      kind: new FormControl<DayKind>('Holiday', { nonNullable: true }),
      name: new FormControl('', {
        nonNullable: true,
        validators: [Validators.maxLength(NAME_MAX)],
      }),
    },
    { validators: (group) => dayRules(group, isTaken) },
  );
}

/** A new day must not be in the calendar yet; a holiday needs its name; 调休上班 only on a Saturday or Sunday; the year within the editable years. */
function dayRules(
  group: AbstractControl,
  isTaken: (date: string) => boolean,
): ValidationErrors | null {
  const { date, kind, name } = (group as ReturnType<typeof createDayForm>).controls;
  setError(name, 'required', kind.value === 'Holiday' && !name.value.trim());
  const day = dayToApi(date.value);
  setError(
    date,
    'weekdayWorkday',
    !!day && kind.value === 'Workday' && ![0, 6].includes(weekdayOf(day)),
  );
  setError(date, 'taken', !!day && isTaken(day));
  const years = editableYears();
  setError(date, 'yearRange', !!date.value && !years.includes(date.value.getFullYear()));
  return null;
}

function setError(control: AbstractControl, key: string, on: boolean) {
  const errors = { ...(control.errors ?? {}) };
  if (on) errors[key] = true;
  else delete errors[key];
  // emitted, so the form item shows the message (it reads the control's status on each status change)
  control.setErrors(Object.keys(errors).length ? errors : null);
}
