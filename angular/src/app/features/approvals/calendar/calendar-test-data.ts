import { CalendarDayDto } from '../../../api/models/calendar-day-dto';

export function calendarDay(date: string, isWorkday: boolean, name: string): CalendarDayDto {
  return { date, isWorkday, name, concurrencyStamp: `stamp-${date}` };
}
