import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { getSignedContractSettings } from '../../../api/fn/signed-contracts/get-signed-contract-settings';
import { saveSignedContractSettings } from '../../../api/fn/signed-contracts/save-signed-contract-settings';
import { ContractSettingsDto } from '../../../api/models/contract-settings-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { ContractError } from '../contract-error';
import { createSettingsForm } from '../contract-forms';

/** 提醒设置: how many days before a milestone its unit is reminded, and after how many days without funds. */
@Component({
  selector: 'app-contract-settings-card',
  imports: [SHARED_IMPORTS, ContractError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card
      nzSize="small"
      [nzTitle]="'contracts.settings.title' | translate"
      data-testid="settings-card"
    >
      <form nz-form nzLayout="inline" [formGroup]="form" (ngSubmit)="save()">
        <nz-form-item>
          <nz-form-label>{{
            'contracts.settings.milestoneReminderDays' | translate
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <nz-input-number
              formControlName="milestoneReminderDays"
              [nzMin]="1"
              [nzMax]="60"
              [nzPrecision]="0"
              data-testid="settings-milestone-days"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label>{{ 'contracts.settings.noFundsAfterDays' | translate }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <nz-input-number
              formControlName="noFundsAfterDays"
              [nzMin]="7"
              [nzMax]="720"
              [nzPrecision]="0"
              data-testid="settings-no-funds-days"
            />
          </nz-form-control>
        </nz-form-item>
        @if (canManage) {
          <nz-form-item>
            <button
              nz-button
              nzType="primary"
              type="submit"
              [nzLoading]="saving()"
              [disabled]="!settings()"
              data-testid="settings-save"
            >
              {{ 'common.save' | translate }}
            </button>
          </nz-form-item>
        }
      </form>
      <ng-template #errorTip let-control
        ><app-contract-error [errors]="control.errors"
      /></ng-template>
    </nz-card>
  `,
})
export class ContractSettingsCard implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  protected readonly canManage = inject(AuthService).hasPermission(
    Permissions.signedContractsManage,
  );

  protected readonly form = createSettingsForm();
  protected readonly settings = signal<ContractSettingsDto | null>(null);
  protected readonly saving = signal(false);

  ngOnInit(): void {
    if (!this.canManage) {
      this.form.disable();
    }
    this.load();
  }

  private load(): void {
    this.api.invoke(getSignedContractSettings).subscribe({
      next: (settings) => this.show(settings),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  private show(settings: ContractSettingsDto): void {
    this.settings.set(settings);
    this.form.reset({
      milestoneReminderDays: settings.milestoneReminderDays,
      noFundsAfterDays: settings.noFundsAfterDays,
    });
  }

  protected save(): void {
    const settings = this.settings();
    if (!settings || revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(saveSignedContractSettings, {
        body: { ...this.form.getRawValue(), concurrencyStamp: settings.concurrencyStamp },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (saved) => this.show(saved),
        stale: () => this.load(),
      },
    );
  }
}
