import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { submitRectification } from '../../../api/fn/scheduling/submit-rectification';
import { RectificationDto } from '../../../api/models/rectification-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { TEXT_MAX, createRectifyForm } from './inspections-model';

/** 提交整改 modal: the responsible department reports what it has put right. */
@Component({
  selector: 'app-rectification-rectify-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.inspections.rectify.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="600px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="rectify-dialog">
        <p>
          <strong>{{ item().projectName }}</strong>：{{ item().description }}（{{
            item().deadline
          }}）
        </p>
        @if (item().verificationComment) {
          <nz-alert nzType="warning" [nzMessage]="item().verificationComment!" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.inspections.rectify.report' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="4"
                formControlName="report"
                [attr.maxlength]="max"
                data-testid="rectify-report"
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
        data-testid="rectify-submit"
      >
        {{ 'scheduling.inspections.rectify.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class RectificationRectifyDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly item = input.required<RectificationDto>();
  readonly closed = output<void>();
  readonly saved = output<RectificationDto | null>();

  protected readonly max = TEXT_MAX;
  protected readonly form = createRectifyForm();
  protected readonly saving = signal(false);

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(submitRectification, {
        id: this.item().id,
        body: {
          report: this.form.getRawValue().report.trim(),
          concurrencyStamp: this.item().concurrencyStamp,
        },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (item) => this.saved.emit(item),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
