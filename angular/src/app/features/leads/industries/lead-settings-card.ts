import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { FormControl, Validators } from '@angular/forms';
import { Api } from '../../../api/api';
import { getLeadSettings } from '../../../api/fn/leads/get-lead-settings';
import { saveLeadSettings } from '../../../api/fn/leads/save-lead-settings';
import { LeadSettingsDto } from '../../../api/models/lead-settings-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';

export const STALE_MIN = 3;
export const STALE_MAX = 365;

/** 长期未跟进天数: after how many days without a follow-up a lead is tagged and its owner reminded (统筹 edits). */
@Component({
  selector: 'app-lead-settings-card',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card
      nzSize="small"
      [nzTitle]="'leads.settings.title' | translate"
      data-testid="lead-settings"
    >
      @if (settings(); as s) {
        @if (canEdit()) {
          <div class="row">
            <span>{{ 'leads.settings.staleAfterDays' | translate }}</span>
            <nz-input-number
              [formControl]="days"
              [nzMin]="min"
              [nzMax]="max"
              [nzPrecision]="0"
              data-testid="lead-settings-days"
            />
            <button
              nz-button
              nzType="primary"
              [nzLoading]="saving()"
              [disabled]="days.invalid"
              (click)="save()"
              data-testid="lead-settings-save"
            >
              {{ 'common.save' | translate }}
            </button>
          </div>
          @if (days.invalid) {
            <div class="error">
              {{ 'leads.settings.range' | translate: { min: min, max: max } }}
            </div>
          }
        } @else {
          <span data-testid="lead-settings-shown">{{
            'leads.settings.shown' | translate: { days: s.staleAfterDays }
          }}</span>
        }
        <div class="muted">{{ 'leads.settings.hint' | translate }}</div>
      }
    </nz-card>
  `,
  styles: `
    .row {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .error {
      margin-top: 4px;
      color: #ff4d4f;
    }
    .muted {
      margin-top: 8px;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class LeadSettingsCard implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly canEdit = input(false);

  protected readonly min = STALE_MIN;
  protected readonly max = STALE_MAX;
  protected readonly settings = signal<LeadSettingsDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly days = new FormControl<number | null>(null, [
    Validators.required,
    Validators.min(STALE_MIN),
    Validators.max(STALE_MAX),
  ]);

  ngOnInit(): void {
    this.load();
  }

  private load(): void {
    this.api.invoke(getLeadSettings).subscribe({
      next: (settings) => this.show(settings),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  private show(settings: LeadSettingsDto): void {
    this.settings.set(settings);
    this.days.setValue(settings.staleAfterDays);
  }

  protected save(): void {
    const settings = this.settings();
    if (!settings || this.days.invalid) {
      return;
    }
    this.problems.save(
      this.api.invoke(saveLeadSettings, {
        body: { staleAfterDays: this.days.value!, concurrencyStamp: settings.concurrencyStamp },
      }),
      { saving: this.saving, saved: (saved) => this.show(saved), stale: () => this.load() },
    );
  }
}
