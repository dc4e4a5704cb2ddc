import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Api } from '../../../api/api';
import { getCalendar } from '../../../api/fn/approvals/get-calendar';
import { saveCalendarDay } from '../../../api/fn/approvals/save-calendar-day';
import { CalendarDayDto } from '../../../api/models/calendar-day-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { readProblem } from '../../../core/http/problem-details';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { shanghaiYear } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { CalendarDayDialog } from './calendar-day-dialog';
import { editableYears, weekdayOf } from './calendar-model';

/**
 * 节假日与调休 (/approvals/calendar): a year's holidays and 调休上班 days, which approval time limits count by.
 * The commission (Approvals.Manage) adds, edits and removes days; everyone else reads.
 */
@Component({
  selector: 'app-calendar-page',
  imports: [SHARED_IMPORTS, FormsModule, CalendarDayDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-page-header [title]="'approvals.calendar.title' | translate">
      <nz-select
        [ngModel]="year()"
        (ngModelChange)="setYear($event)"
        class="year"
        data-testid="calendar-year"
      >
        @for (y of years; track y) {
          <nz-option
            [nzValue]="y"
            [nzLabel]="'approvals.calendar.yearLabel' | translate: { year: y }"
          />
        }
      </nz-select>
      @if (canManage) {
        <button nz-button nzType="primary" (click)="editing.set('new')" data-testid="calendar-add">
          <nz-icon nzType="plus" /> {{ 'approvals.calendar.add' | translate }}
        </button>
      }
    </app-page-header>
    <p class="hint" data-testid="calendar-hint">
      {{ 'approvals.calendar.hint' | translate }}
      @if (!canManage) {
        {{ 'approvals.calendar.readOnly' | translate }}
      }
    </p>
    <p data-testid="calendar-counts">
      {{
        'approvals.calendar.counts'
          | translate: { holidays: holidayCount(), workdays: workdayCount() }
      }}
    </p>
    <nz-table
      #table
      [nzData]="days()"
      [nzLoading]="loading()"
      [nzShowPagination]="false"
      [nzFrontPagination]="false"
      nzSize="small"
      data-testid="calendar-table"
    >
      <thead>
        <tr>
          <th>{{ 'approvals.calendar.date' | translate }}</th>
          <th>{{ 'approvals.calendar.weekday' | translate }}</th>
          <th>{{ 'approvals.calendar.kind' | translate }}</th>
          <th>{{ 'approvals.calendar.name' | translate }}</th>
          @if (canManage) {
            <th>{{ 'common.actions' | translate }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (d of table.data; track d.date) {
          <tr data-testid="calendar-row">
            <td>{{ d.date }}</td>
            <td>{{ 'approvals.calendar.weekdays.' + weekday(d) | translate }}</td>
            <td>
              <nz-tag [nzColor]="d.isWorkday ? 'blue' : 'red'">{{
                'approvals.calendar.kinds.' + (d.isWorkday ? 'Workday' : 'Holiday') | translate
              }}</nz-tag>
            </td>
            <td>{{ d.name }}</td>
            @if (canManage) {
              <td>
                <a (click)="editing.set(d)" data-testid="calendar-edit">{{
                  'common.edit' | translate
                }}</a>
                <nz-divider nzType="vertical" />
                <a
                  nz-popconfirm
                  [nzPopconfirmTitle]="'approvals.calendar.deleteConfirm' | translate"
                  (nzOnConfirm)="remove(d)"
                  data-testid="calendar-delete"
                  >{{ 'common.delete' | translate }}</a
                >
              </td>
            }
          </tr>
        }
      </tbody>
    </nz-table>
    @if (editing(); as e) {
      <app-calendar-day-dialog
        [day]="e === 'new' ? null : e"
        [takenDates]="takenDates()"
        (closed)="editing.set(null)"
        (saved)="saved()"
      />
    }
  `,
  styles: `
    .year {
      width: 120px;
    }
    .hint {
      color: rgba(0, 0, 0, 0.55);
    }
  `,
})
export class CalendarPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.approvalsManage);
  protected readonly years = editableYears();
  protected readonly year = signal(shanghaiYear());
  protected readonly days = signal<CalendarDayDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly editing = signal<CalendarDayDto | 'new' | null>(null);
  protected readonly holidayCount = computed(() => this.days().filter((d) => !d.isWorkday).length);
  protected readonly workdayCount = computed(() => this.days().filter((d) => d.isWorkday).length);
  protected readonly takenDates = computed(() => this.days().map((d) => d.date));

  constructor() {
    this.load();
  }

  protected setYear(year: number): void {
    this.year.set(year);
    this.load();
  }

  protected weekday(day: CalendarDayDto): number {
    return weekdayOf(day.date);
  }

  protected saved(): void {
    this.editing.set(null);
    this.load();
  }

  /** Back to an ordinary day (the Monday–Friday rule). */
  protected remove(day: CalendarDayDto): void {
    this.api
      .invoke(saveCalendarDay, {
        date: day.date,
        body: { kind: 'Normal', name: null, concurrencyStamp: day.concurrencyStamp },
      })
      .subscribe({
        next: () => {
          this.message.success(this.translate.instant('common.deleted'));
          this.load();
        },
        error: (error: unknown) => {
          if (error instanceof HttpErrorResponse && error.status === 409) {
            this.message.error(
              readProblem(error)?.detail || this.translate.instant('errors.concurrency'),
            );
            this.load();
            return;
          }
          this.problems.report(error);
        },
      });
  }

  private load(): void {
    this.loading.set(true);
    this.api.invoke(getCalendar, { year: this.year() }).subscribe({
      next: (days) => {
        this.days.set(days);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }
}
