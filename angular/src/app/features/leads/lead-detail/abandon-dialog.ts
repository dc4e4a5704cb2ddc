import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { moveLeadStage } from '../../../api/fn/leads/move-lead-stage';
import { LeadDto } from '../../../api/models/lead-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { createAbandonForm } from './lead-detail-model';

/** 放弃 modal: why the company is given up (required); the lead can be reactivated later. */
@Component({
  selector: 'app-abandon-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'leads.abandon.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="560px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="abandon-dialog">
        <p>
          <strong>{{ lead().companyName }}</strong>
        </p>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'leads.abandon.reason' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                formControlName="reason"
                maxlength="500"
                data-testid="abandon-reason"
              ></textarea>
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
        nzDanger
        type="button"
        [nzLoading]="saving()"
        (click)="submit()"
        data-testid="abandon-save"
      >
        {{ 'leads.actions.abandon' | translate }}
      </button>
    </ng-template>
  `,
})
export class AbandonDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly lead = input.required<LeadDto>();
  readonly closed = output<void>();
  readonly saved = output<LeadDto | null>();

  protected readonly form = createAbandonForm();
  protected readonly saving = signal(false);

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(moveLeadStage, {
        id: this.lead().id,
        body: {
          stage: 'Abandoned',
          reason: this.form.getRawValue().reason.trim(),
          concurrencyStamp: this.lead().concurrencyStamp,
        },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (lead) => this.saved.emit(lead),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
