import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { Api } from '../../../api/api';
import { verifyRectification } from '../../../api/fn/scheduling/verify-rectification';
import { RectificationDto } from '../../../api/models/rectification-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { shanghaiToday } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { createVerifyForm, verifyRequest } from './inspections-model';

/** 复查 modal: passed closes the item; failed sends it back with a new deadline (required). */
@Component({
  selector: 'app-rectification-verify-dialog',
  imports: [SHARED_IMPORTS, NzRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.inspections.verify.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="600px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="verify-dialog">
        <nz-descriptions nzSize="small" [nzColumn]="1" nzBordered>
          <nz-descriptions-item [nzTitle]="'scheduling.columns.name' | translate">{{
            item().projectName
          }}</nz-descriptions-item>
          <nz-descriptions-item
            [nzTitle]="'scheduling.inspections.columns.description' | translate"
            >{{ item().description }}</nz-descriptions-item
          >
          <nz-descriptions-item [nzTitle]="'scheduling.inspections.columns.report' | translate">
            <span data-testid="verify-report">{{ item().report }}</span>
          </nz-descriptions-item>
        </nz-descriptions>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.inspections.verify.result' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-radio-group formControlName="passed" data-testid="verify-result">
                <label nz-radio [nzValue]="true" data-testid="verify-passed">{{
                  'scheduling.inspections.verify.passed' | translate
                }}</label>
                <label nz-radio [nzValue]="false" data-testid="verify-failed">{{
                  'scheduling.inspections.verify.failed' | translate
                }}</label>
              </nz-radio-group>
            </nz-form-control>
          </nz-form-item>
          @if (form.controls.passed.value === false) {
            <nz-form-item>
              <nz-form-label nzRequired>{{
                'scheduling.inspections.verify.newDeadline' | translate
              }}</nz-form-label>
              <nz-form-control>
                <nz-date-picker
                  formControlName="newDeadline"
                  [nzDisabledDate]="notAfterToday"
                  data-testid="verify-new-deadline"
                />
                @if (form.errors?.['newDeadlineRequired'] && form.controls.newDeadline.dirty) {
                  <div class="ant-form-item-explain-error" data-testid="verify-deadline-error">
                    {{ 'validation.required' | translate }}
                  </div>
                }
              </nz-form-control>
            </nz-form-item>
          }
          <nz-form-item>
            <nz-form-label>{{ 'scheduling.inspections.verify.comment' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                formControlName="comment"
                maxlength="1000"
                data-testid="verify-comment"
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
        data-testid="verify-submit"
      >
        {{ 'scheduling.inspections.verify.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class RectificationVerifyDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly item = input.required<RectificationDto>();
  readonly closed = output<void>();
  readonly saved = output<RectificationDto | null>();

  protected readonly form = createVerifyForm();
  protected readonly saving = signal(false);
  private readonly today = shanghaiToday();
  protected readonly notAfterToday = (day: Date) => day <= this.today;

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(verifyRectification, {
        id: this.item().id,
        body: verifyRequest(this.form, this.item()),
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
