import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { Api } from '../../../api/api';
import { saveCalendarDay } from '../../../api/fn/approvals/save-calendar-day';
import { CalendarDayDto } from '../../../api/models/calendar-day-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { dayFromApi, dayToApi } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { NAME_MAX, createDayForm } from './calendar-model';

/** Adds a holiday or a 调休上班 day, or edits one (its date then stays). */
@Component({
  selector: 'app-calendar-day-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="
        (day() ? 'approvals.calendar.editTitle' : 'approvals.calendar.addTitle') | translate
      "
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="calendar-day-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'approvals.calendar.date' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="dateTip">
              <nz-date-picker
                formControlName="date"
                [nzDisabled]="!!day()"
                data-testid="calendar-date"
              />
            </nz-form-control>
            <ng-template #dateTip let-control>
              @if (control.errors?.['weekdayWorkday']) {
                {{ 'approvals.calendar.weekdayWorkday' | translate }}
              } @else if (control.errors?.['yearRange']) {
                {{ 'approvals.calendar.yearRange' | translate }}
              } @else if (control.errors?.['taken']) {
                {{ 'approvals.calendar.taken' | translate }}
              } @else {
                <app-control-error [errors]="control.errors" />
              }
            </ng-template>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'approvals.calendar.kind' | translate }}</nz-form-label>
            <nz-form-control>
              <nz-select formControlName="kind" data-testid="calendar-kind">
                <nz-option
                  nzValue="Holiday"
                  [nzLabel]="'approvals.calendar.kinds.Holiday' | translate"
                />
                <nz-option
                  nzValue="Workday"
                  [nzLabel]="'approvals.calendar.kinds.Workday' | translate"
                />
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label [nzRequired]="form.controls.kind.value === 'Holiday'">{{
              'approvals.calendar.name' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <input
                nz-input
                formControlName="name"
                [attr.maxlength]="nameMax"
                [placeholder]="'approvals.calendar.namePlaceholder' | translate"
                data-testid="calendar-name"
              />
            </nz-form-control>
          </nz-form-item>
        </form>
        <ng-template #errorTip let-control
          ><app-control-error [errors]="control.errors"
        /></ng-template>
      </div>
    </nz-modal>
    <ng-template #footer>
      <button nz-button type="button" (click)="closed.emit()">
        {{ 'common.cancel' | translate }}
      </button>
      <button
        nz-button
        nzType="primary"
        type="button"
        [nzLoading]="saving()"
        (click)="submit()"
        data-testid="calendar-day-submit"
      >
        {{ 'common.save' | translate }}
      </button>
    </ng-template>
  `,
})
export class CalendarDayDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  /** The day to edit, or null to add one. */
  readonly day = input<CalendarDayDto | null>(null);
  /** Days already in the calendar (an added day must be new). */
  readonly takenDates = input<string[]>([]);
  readonly closed = output<void>();
  /** The saved day, or null when someone else changed it first (the page reloads). */
  readonly saved = output<CalendarDayDto | null>();

  protected readonly nameMax = NAME_MAX;
  protected readonly form = createDayForm(
    (date) => !this.day() && this.takenDates().includes(date),
  );
  protected readonly saving = signal(false);

  ngOnInit(): void {
    const day = this.day();
    if (day) {
      this.form.setValue({
        date: dayFromApi(day.date),
        kind: day.isWorkday ? 'Workday' : 'Holiday',
        name: day.name,
      });
    }
  }

  protected submit(): void {
    // dirty first, so that the server's field errors show on fields left as they were (the date of an edited day)
    Object.values(this.form.controls).forEach((control) => control.markAsDirty());
    const date = dayToApi(this.form.controls.date.value);
    if (revealErrors(this.form) || !date) {
      return;
    }
    const { kind, name } = this.form.getRawValue();
    this.problems.save(
      this.api.invoke(saveCalendarDay, {
        date,
        body: { kind, name: name.trim(), concurrencyStamp: this.day()?.concurrencyStamp ?? null },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (saved) => this.saved.emit(saved),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
