import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { requestWarningExemption } from '../../../api/fn/scheduling/request-warning-exemption';
import { WarningDto } from '../../../api/models/warning-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { LEVEL_COLORS, REASON_MAX, createReasonForm, measureText } from './warnings-model';

/** 申请豁免 modal: a reporting unit gives its reason (4–1000 characters) for 重点办 to decide. */
@Component({
  selector: 'app-warning-exemption-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.warnings.exemption.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="640px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="exemption-dialog">
        @let w = warning();
        <nz-descriptions nzSize="small" [nzColumn]="1" nzBordered>
          <nz-descriptions-item [nzTitle]="'scheduling.columns.name' | translate">
            {{ w.projectName }}
          </nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="'scheduling.warnings.columns.rule' | translate">
            <nz-tag [nzColor]="levelColors[w.level]">{{
              'scheduling.warnings.levels.' + w.level | translate
            }}</nz-tag>
            {{ w.ruleName }}（{{ measureText(w.measure, w.unit) }}）
          </nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="'scheduling.warnings.columns.data' | translate">
            {{ w.data }}
          </nz-descriptions-item>
          @if (w.exemption === 'Refused') {
            <nz-descriptions-item
              [nzTitle]="'scheduling.warnings.exemption.refusedBefore' | translate"
            >
              {{ w.exemptionComment || ('common.none' | translate) }}
            </nz-descriptions-item>
          }
        </nz-descriptions>
        <form nz-form nzLayout="vertical" class="form" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.warnings.exemption.reason' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="4"
                formControlName="reason"
                [attr.maxlength]="reasonMax"
                [placeholder]="'scheduling.warnings.exemption.placeholder' | translate"
                data-testid="exemption-reason"
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
        type="button"
        [nzLoading]="saving()"
        (click)="submit()"
        data-testid="exemption-submit"
      >
        {{ 'scheduling.warnings.exemption.submit' | translate }}
      </button>
    </ng-template>
  `,
  styles: `
    .form {
      margin-top: 16px;
    }
  `,
})
export class WarningExemptionDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly warning = input.required<WarningDto>();
  readonly closed = output<void>();
  /** The warning after the request, or null after a stale-edit conflict (reload). */
  readonly saved = output<WarningDto | null>();

  protected readonly levelColors = LEVEL_COLORS;
  protected readonly measureText = measureText;
  protected readonly reasonMax = REASON_MAX;
  protected readonly saving = signal(false);
  protected readonly form = createReasonForm();

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const warning = this.warning();
    this.problems.save(
      this.api.invoke(requestWarningExemption, {
        id: warning.id,
        body: {
          reason: this.form.getRawValue().reason.trim(),
          concurrencyStamp: warning.concurrencyStamp,
        },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (updated) => this.saved.emit(updated),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
