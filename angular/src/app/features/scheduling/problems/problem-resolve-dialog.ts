import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { resolveProblem } from '../../../api/fn/scheduling/resolve-problem';
import { ProblemDto } from '../../../api/models/problem-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { DESCRIPTION_MAX, createResolveForm } from './problems-model';

/** 办结销号 modal: the unit's 办理结果 and 佐证材料说明, both required. */
@Component({
  selector: 'app-problem-resolve-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.problems.resolve.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="640px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="problem-resolve-dialog">
        <p>
          <strong>{{ problem().projectName }}</strong>：{{ problem().description }}
        </p>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.problems.resolve.resolution' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                formControlName="resolution"
                [attr.maxlength]="max"
                data-testid="problem-resolution"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{
              'scheduling.problems.resolve.evidence' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                formControlName="evidence"
                [attr.maxlength]="max"
                [placeholder]="'scheduling.problems.resolve.evidencePlaceholder' | translate"
                data-testid="problem-evidence"
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
        data-testid="problem-resolve-submit"
      >
        {{ 'scheduling.problems.resolve.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class ProblemResolveDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly problem = input.required<ProblemDto>();
  readonly closed = output<void>();
  readonly saved = output<ProblemDto | null>();

  protected readonly max = DESCRIPTION_MAX;
  protected readonly form = createResolveForm();
  protected readonly saving = signal(false);

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const { resolution, evidence } = this.form.getRawValue();
    this.problems.save(
      this.api.invoke(resolveProblem, {
        id: this.problem().id,
        body: {
          resolution: resolution.trim(),
          evidence: evidence.trim(),
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
