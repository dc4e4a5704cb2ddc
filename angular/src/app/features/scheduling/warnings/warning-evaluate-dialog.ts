import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { Api } from '../../../api/api';
import { evaluateWarnings } from '../../../api/fn/scheduling/evaluate-warnings';
import { WarningEvaluationDto } from '../../../api/models/warning-evaluation-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHANGHAI_TIME_ZONE, shanghaiYear } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { isFutureMonth, previousMonth, progressYears } from '../progress/progress-model';
import { refusal } from './warnings-model';

/**
 * 立即评估 modal (重点办): runs the rules now on a month's data (the month just ended unless chosen), shows what
 * changed, and lets the page read its counts again. A month before the year's last evaluated one, or one not begun,
 * is refused with the server's sentence.
 */
@Component({
  selector: 'app-warning-evaluate-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.warnings.evaluate.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="560px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="evaluate-dialog">
        <div class="hint">{{ 'scheduling.warnings.evaluate.hint' | translate }}</div>
        <form class="period" [formGroup]="form" (ngSubmit)="submit()">
          <nz-select class="year" formControlName="year" data-testid="evaluate-year">
            @for (y of years; track y) {
              <nz-option
                [nzValue]="y"
                [nzLabel]="'scheduling.yearOption' | translate: { year: y }"
              />
            }
          </nz-select>
          <nz-select class="month" formControlName="month" data-testid="evaluate-month">
            @for (m of months; track m) {
              <nz-option
                [nzValue]="m"
                [nzDisabled]="isFutureMonth(form.controls.year.value, m)"
                [nzLabel]="'scheduling.monthOption' | translate: { month: m }"
              />
            }
          </nz-select>
        </form>
        @if (refused(); as detail) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="detail" data-testid="evaluate-error" />
        }
        @if (result(); as r) {
          <nz-alert
            nzType="success"
            nzShowIcon
            [nzMessage]="'scheduling.warnings.evaluate.done' | translate: r"
            [nzDescription]="resultCounts"
            data-testid="evaluate-result"
          />
          <ng-template #resultCounts>
            <div>{{ 'scheduling.warnings.evaluationCounts' | translate: r }}</div>
            <div>
              {{ 'scheduling.warnings.evaluate.open' | translate: r }}
              <span class="muted">{{
                'scheduling.warnings.evaluate.duration'
                  | translate
                    : {
                        time: (r.startedAtUtc | date: 'yyyy-MM-dd HH:mm:ss' : timeZone),
                        ms: r.durationMilliseconds,
                      }
              }}</span>
            </div>
          </ng-template>
        }
      </div>
    </nz-modal>
    <ng-template #footer>
      <button nz-button type="button" (click)="closed.emit()">
        {{ (result() ? 'common.close' : 'common.cancel') | translate }}
      </button>
      <button
        nz-button
        nzType="primary"
        type="button"
        [nzLoading]="running()"
        (click)="submit()"
        data-testid="evaluate-submit"
      >
        {{ 'scheduling.warnings.evaluate.submit' | translate }}
      </button>
    </ng-template>
  `,
  styles: `
    .hint {
      margin-bottom: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .period {
      display: flex;
      gap: 8px;
      margin-bottom: 16px;
    }
    .year {
      width: 120px;
    }
    .month {
      width: 100px;
    }
    .muted {
      margin-left: 8px;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class WarningEvaluateDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly closed = output<void>();
  /** The run just made: the page reads its counts and list again. */
  readonly evaluated = output<WarningEvaluationDto>();

  protected readonly timeZone = SHANGHAI_TIME_ZONE;
  protected readonly months = Array.from({ length: 12 }, (_, i) => i + 1);
  protected readonly years = progressYears(shanghaiYear());
  protected readonly isFutureMonth = isFutureMonth;
  private readonly initial = previousMonth();
  protected readonly form = new FormGroup({
    year: new FormControl(this.initial.year, { nonNullable: true }),
    month: new FormControl(this.initial.month, { nonNullable: true }),
  });
  protected readonly running = signal(false);
  protected readonly result = signal<WarningEvaluationDto | null>(null);
  protected readonly refused = signal<string | null>(null);

  constructor() {
    this.form.valueChanges.subscribe(() => this.refused.set(null));
  }

  protected submit(): void {
    if (this.running()) {
      return;
    }
    this.running.set(true);
    this.refused.set(null);
    this.api.invoke(evaluateWarnings, { body: this.form.getRawValue() }).subscribe({
      next: (evaluation) => {
        this.running.set(false);
        this.result.set(evaluation);
        this.evaluated.emit(evaluation);
      },
      error: (error: unknown) => {
        this.running.set(false);
        const refused = refusal(error);
        if (refused) {
          this.result.set(null);
          this.refused.set(refused.detail);
        } else {
          this.problems.report(error);
        }
      },
    });
  }
}
