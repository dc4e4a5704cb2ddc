import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { decideWarningExemption } from '../../../api/fn/scheduling/decide-warning-exemption';
import { WarningDto } from '../../../api/models/warning-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { COMMENT_MAX, LEVEL_COLORS, createDecisionForm, measureText } from './warnings-model';

/** 审核 modal (重点办): the unit's reason, then 同意 (the warning becomes 已豁免) or 不同意, with an optional comment. */
@Component({
  selector: 'app-warning-decision-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.warnings.decision.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="640px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="decision-dialog">
        @let w = warning();
        <nz-descriptions nzSize="small" [nzColumn]="1" nzBordered>
          <nz-descriptions-item [nzTitle]="'scheduling.columns.name' | translate">
            {{ w.projectName }}
            <span class="muted">{{ w.responsibleUnit }}</span>
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
          <nz-descriptions-item [nzTitle]="'scheduling.warnings.exemption.reason' | translate">
            <span data-testid="decision-reason">{{ w.exemptionReason }}</span>
            @if (w.exemptionRequestedBy) {
              <span class="muted">（{{ w.exemptionRequestedBy }}）</span>
            }
          </nz-descriptions-item>
        </nz-descriptions>
        <form nz-form nzLayout="vertical" class="form" [formGroup]="form">
          <nz-form-item>
            <nz-form-label>{{ 'scheduling.warnings.decision.comment' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                formControlName="comment"
                [attr.maxlength]="commentMax"
                data-testid="decision-comment"
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
        nzDanger
        type="button"
        [nzLoading]="saving() && choice() === false"
        [disabled]="saving()"
        (click)="submit(false)"
        data-testid="decision-refuse"
      >
        {{ 'scheduling.warnings.decision.refuse' | translate }}
      </button>
      <button
        nz-button
        nzType="primary"
        type="button"
        [nzLoading]="saving() && choice() === true"
        [disabled]="saving()"
        (click)="submit(true)"
        data-testid="decision-grant"
      >
        {{ 'scheduling.warnings.decision.grant' | translate }}
      </button>
    </ng-template>
  `,
  styles: `
    .form {
      margin-top: 16px;
    }
    .muted {
      margin-left: 4px;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class WarningDecisionDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly warning = input.required<WarningDto>();
  readonly closed = output<void>();
  /** The warning after the decision, or null after a stale-edit conflict (reload). */
  readonly saved = output<WarningDto | null>();

  protected readonly levelColors = LEVEL_COLORS;
  protected readonly measureText = measureText;
  protected readonly commentMax = COMMENT_MAX;
  protected readonly saving = signal(false);
  /** The decision being sent (its button spins). */
  protected readonly choice = signal<boolean | null>(null);
  protected readonly form = createDecisionForm();

  protected submit(grant: boolean): void {
    if (revealErrors(this.form)) {
      return;
    }
    const warning = this.warning();
    this.choice.set(grant);
    this.problems.save(
      this.api.invoke(decideWarningExemption, {
        id: warning.id,
        body: {
          grant,
          comment: this.form.getRawValue().comment.trim() || null,
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
