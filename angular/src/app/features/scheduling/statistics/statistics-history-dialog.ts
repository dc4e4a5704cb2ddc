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
import { getHistoricalInvestment } from '../../../api/fn/scheduling/get-historical-investment';
import { saveHistoricalInvestment } from '../../../api/fn/scheduling/save-historical-investment';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import {
  HISTORY_MONTHS,
  HistoryForm,
  createHistoryForm,
  fallingMonths,
  historyRequest,
} from './statistics-history-model';

/**
 * 往年数据 modal: a past year's cumulative 区管投资完成额 by month (万元), as the district recorded it before this
 * system; 同比 uses it when that year has no reports here. Empty months are not recorded.
 */
@Component({
  selector: 'app-statistics-history-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './statistics-history-dialog.html',
  styles: `
    .hint {
      margin-bottom: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .rows {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 8px 24px;
    }
    .row {
      display: grid;
      grid-template-columns: 56px 1fr;
      align-items: center;
      gap: 8px;
    }
    .row nz-input-number {
      width: 100%;
    }
    .error {
      grid-column: 2;
      color: #cf1322;
      font-size: 12px;
    }
  `,
})
export class StatisticsHistoryDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  /** The past year whose months are recorded. */
  readonly year = input.required<number>();
  readonly closed = output<void>();
  readonly saved = output<void>();

  protected readonly months = HISTORY_MONTHS;
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  /** The months below an earlier month's cumulative, refreshed as the user types. */
  protected readonly falling = signal<number[]>([]);
  protected form: HistoryForm = createHistoryForm();

  ngOnInit(): void {
    this.form.valueChanges.subscribe(() =>
      this.falling.set(fallingMonths(this.form.getRawValue())),
    );
    this.api.invoke(getHistoricalInvestment, { year: this.year() }).subscribe({
      next: (recorded) => {
        this.form.setValue(createHistoryForm(recorded).getRawValue());
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }

  protected submit(): void {
    this.form.controls.forEach((control) => control.markAsDirty());
    this.falling.set(fallingMonths(this.form.getRawValue()));
    if (this.form.invalid) {
      return;
    }
    this.problems.save(
      this.api.invoke(saveHistoricalInvestment, {
        year: this.year(),
        body: historyRequest(this.form),
      }),
      {
        saving: this.saving,
        saved: () => this.saved.emit(),
        stale: () => this.saved.emit(),
      },
    );
  }
}
