import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { resubmitApprovalStep } from '../../../api/fn/approvals/resubmit-approval-step';
import { InstanceStepDto } from '../../../api/models/instance-step-dto';
import { TaskDto } from '../../../api/models/task-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { createResubmitForm } from '../approvals-model';

/** 补正后重新提交 modal: the unit says what it amended; the step goes back to the department in a new round. */
@Component({
  selector: 'app-resubmit-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'approvals.resubmit.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="560px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="resubmit-dialog">
        <p>
          <strong>{{ task().projectName }}</strong> · {{ task().stepName }}
        </p>
        @if (task().lastComment) {
          <nz-alert
            nzType="warning"
            [nzMessage]="'approvals.returned.requested' | translate"
            [nzDescription]="task().lastComment"
          />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'approvals.resubmit.comment' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="4"
                formControlName="comment"
                data-testid="resubmit-comment"
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
        data-testid="resubmit-submit"
      >
        {{ 'approvals.resubmit.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class ResubmitDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly task = input.required<TaskDto>();
  readonly closed = output<void>();
  readonly saved = output<InstanceStepDto | null>();

  protected readonly form = createResubmitForm();
  protected readonly saving = signal(false);

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(resubmitApprovalStep, {
        stepId: this.task().stepId,
        body: { comment: this.form.getRawValue().comment.trim() },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (step) => this.saved.emit(step),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
