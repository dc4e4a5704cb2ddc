import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { Api } from '../../../api/api';
import { generateBrief } from '../../../api/fn/scheduling/generate-brief';
import { BriefDto } from '../../../api/models/brief-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { shanghaiYear } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { isFutureMonth, previousMonth, progressYears } from '../progress/progress-model';
import { briefRefusal } from './briefs-model';

/**
 * 生成通报 modal (重点办): the year and the month the brief runs to (the month just ended unless chosen). The server
 * takes a snapshot of the figures and warnings and writes the Word document; a month not yet come is refused with
 * its sentence.
 */
@Component({
  selector: 'app-brief-generate-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.briefs.generate.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="520px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="brief-generate-dialog">
        <div class="hint">{{ 'scheduling.briefs.generate.hint' | translate }}</div>
        <form class="period" [formGroup]="form" (ngSubmit)="submit()">
          <nz-select class="year" formControlName="year" data-testid="brief-year">
            @for (y of years; track y) {
              <nz-option
                [nzValue]="y"
                [nzLabel]="'scheduling.yearOption' | translate: { year: y }"
              />
            }
          </nz-select>
          <span class="label">{{ 'scheduling.briefs.generate.month' | translate }}</span>
          <nz-select class="month" formControlName="month" data-testid="brief-month">
            @for (m of months; track m) {
              <nz-option
                [nzValue]="m"
                [nzDisabled]="isFutureMonth(form.controls.year.value, m)"
                [nzLabel]="'scheduling.monthOption' | translate: { month: m }"
              />
            }
          </nz-select>
        </form>
        @if (refused(); as messages) {
          <nz-alert
            nzType="error"
            nzShowIcon
            [nzMessage]="refusedText"
            data-testid="brief-generate-error"
          />
          <ng-template #refusedText>
            @for (message of messages; track $index) {
              <div>{{ message }}</div>
            }
          </ng-template>
        }
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
        [nzLoading]="running()"
        (click)="submit()"
        data-testid="brief-generate-submit"
      >
        {{ 'scheduling.briefs.generate.submit' | translate }}
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
      align-items: center;
      gap: 8px;
      margin-bottom: 16px;
    }
    .year {
      width: 120px;
    }
    .month {
      width: 100px;
    }
  `,
})
export class BriefGenerateDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly closed = output<void>();
  /** The brief just generated: the page reloads its list and opens it. */
  readonly generated = output<BriefDto>();

  protected readonly months = Array.from({ length: 12 }, (_, i) => i + 1);
  protected readonly years = progressYears(shanghaiYear());
  protected readonly isFutureMonth = isFutureMonth;
  private readonly initial = previousMonth();
  protected readonly form = new FormGroup({
    year: new FormControl(this.initial.year, { nonNullable: true }),
    month: new FormControl(this.initial.month, { nonNullable: true }),
  });
  protected readonly running = signal(false);
  protected readonly refused = signal<string[] | null>(null);

  constructor() {
    this.form.valueChanges.subscribe(() => this.refused.set(null));
  }

  protected submit(): void {
    if (this.running()) {
      return;
    }
    this.running.set(true);
    this.refused.set(null);
    this.api.invoke(generateBrief, { body: this.form.getRawValue() }).subscribe({
      next: (brief) => {
        this.running.set(false);
        this.generated.emit(brief);
      },
      error: (error: unknown) => {
        this.running.set(false);
        const refused = briefRefusal(error);
        if (refused) {
          this.refused.set(refused);
        } else {
          this.problems.report(error);
        }
      },
    });
  }
}
