import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { reopenProblem } from '../../../api/fn/scheduling/reopen-problem';
import { ProblemDto } from '../../../api/models/problem-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { REASON_MAX, createReopenForm } from './problems-model';

/** 重新打开 modal: 重点办 sends a resolved problem back to 办理中, with its reason. */
@Component({
  selector: 'app-problem-reopen-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.problems.reopen.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="560px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="problem-reopen-dialog">
        <p>
          <strong>{{ problem().projectName }}</strong>：{{ problem().resolution }}
        </p>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.problems.reopen.reason' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                formControlName="reason"
                [attr.maxlength]="max"
                data-testid="problem-reopen-reason"
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
        data-testid="problem-reopen-submit"
      >
        {{ 'scheduling.problems.reopen.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class ProblemReopenDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly problem = input.required<ProblemDto>();
  readonly closed = output<void>();
  readonly saved = output<ProblemDto | null>();

  protected readonly max = REASON_MAX;
  protected readonly form = createReopenForm();
  protected readonly saving = signal(false);

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(reopenProblem, {
        id: this.problem().id,
        body: {
          reason: this.form.getRawValue().reason.trim(),
          concurrencyStamp: this.problem().concurrencyStamp,
        },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (problem) => this.saved.emit(problem),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
