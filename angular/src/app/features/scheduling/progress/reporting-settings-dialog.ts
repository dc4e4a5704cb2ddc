import { ChangeDetectionStrategy, Component, OnInit, inject, output, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Api } from '../../../api/api';
import { getReportingSettings } from '../../../api/fn/scheduling/get-reporting-settings';
import { saveReportingSettings } from '../../../api/fn/scheduling/save-reporting-settings';
import { ReportingSettingsDto } from '../../../api/models/reporting-settings-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { DUE_DAY_MAX, DUE_DAY_MIN, createDueDayControl } from './reporting-model';

/**
 * 报送设置 modal (重点办): the day of the following month by which a month's progress is due (1–28). A change made
 * meanwhile by someone else (409) is said with the server's sentence and the current setting is read again.
 */
@Component({
  selector: 'app-reporting-settings-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.reminders.settingsTitle' | translate"
      [nzMaskClosable]="false"
      nzWidth="460px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="reporting-settings-dialog">
        <nz-spin [nzSpinning]="loading()">
          <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()">
            <nz-form-item>
              <nz-form-label nzRequired>{{
                'scheduling.reminders.dueDay' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <div class="due-day">
                  <span>{{ 'scheduling.reminders.dueDayPrefix' | translate }}</span>
                  <nz-input-number
                    formControlName="dueDay"
                    [nzMin]="min"
                    [nzMax]="max"
                    [nzPrecision]="0"
                    [nzStep]="1"
                    data-testid="due-day"
                  />
                  <span>{{ 'scheduling.reminders.dueDaySuffix' | translate }}</span>
                </div>
              </nz-form-control>
            </nz-form-item>
            <div class="hint">{{ 'scheduling.reminders.dueDayHint' | translate }}</div>
          </form>
        </nz-spin>
        <ng-template #errorTip let-control>
          @if (control.errors?.['server']) {
            <span data-testid="due-day-error">{{ control.errors['server'] }}</span>
          } @else if (control.errors?.['required']) {
            <span data-testid="due-day-error">{{ 'validation.required' | translate }}</span>
          } @else {
            <span data-testid="due-day-error">{{
              'scheduling.reminders.dueDayRange' | translate: { min, max }
            }}</span>
          }
        </ng-template>
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
        data-testid="due-day-save"
        [disabled]="!settings()"
        [nzLoading]="saving()"
        (click)="save()"
      >
        {{ 'common.save' | translate }}
      </button>
    </ng-template>
  `,
  styles: `
    .due-day {
      display: flex;
      gap: 8px;
      align-items: center;
    }
    .hint {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class ReportingSettingsDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly closed = output<void>();
  readonly saved = output<ReportingSettingsDto>();

  protected readonly min = DUE_DAY_MIN;
  protected readonly max = DUE_DAY_MAX;
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly settings = signal<ReportingSettingsDto | null>(null);
  protected readonly form = new FormGroup({ dueDay: createDueDayControl() });

  ngOnInit(): void {
    this.load();
  }

  private load(): void {
    this.loading.set(true);
    this.api.invoke(getReportingSettings).subscribe({
      next: (settings) => {
        this.settings.set(settings);
        this.form.reset({ dueDay: settings.dueDay });
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }

  protected save(): void {
    const settings = this.settings();
    if (!settings || revealErrors(this.form)) {
      return;
    }
    // dirty before the answer, so a refusal put on the field by the server shows at once
    this.form.controls.dueDay.markAsDirty();
    this.problems.save(
      this.api.invoke(saveReportingSettings, {
        body: {
          dueDay: this.form.controls.dueDay.value,
          concurrencyStamp: settings.concurrencyStamp,
        },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (saved) => {
          this.settings.set(saved);
          this.saved.emit(saved);
        },
        stale: () => this.load(),
      },
    );
  }
}
