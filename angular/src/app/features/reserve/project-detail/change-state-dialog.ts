import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { Api } from '../../../api/api';
import { changeProjectState } from '../../../api/fn/reserve/change-project-state';
import { ProjectDto } from '../../../api/models/project-dto';
import { ProjectState } from '../../../api/models/project-state';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { notBlank } from '../../../shared/validation/not-blank';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { nextStates, requiresReason } from '../reserve-model';

/** 变更状态 modal: pick one of the allowed next states; 终止 requires a reason. */
@Component({
  selector: 'app-change-state-dialog',
  imports: [SHARED_IMPORTS, NzRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'reserve.changeState.title' | translate"
      [nzOkText]="'common.save' | translate"
      [nzCancelText]="'common.cancel' | translate"
      [nzOkLoading]="saving()"
      [nzMaskClosable]="false"
      (nzOnOk)="submit()"
      (nzOnCancel)="closed.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" data-testid="state-form">
        <ng-template #errorTip let-control
          ><app-control-error [errors]="control.errors"
        /></ng-template>
        <nz-form-item>
          <nz-form-label nzRequired>{{ 'reserve.changeState.next' | translate }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <nz-radio-group formControlName="state" data-testid="state-options">
              @for (state of options(); track state) {
                <label nz-radio [nzValue]="state">{{
                  'reserve.states.' + state | translate
                }}</label>
              }
            </nz-radio-group>
          </nz-form-control>
        </nz-form-item>
        @if (needsReason()) {
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'reserve.changeState.reason' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="3"
                formControlName="reason"
                data-testid="state-reason"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
        }
      </form>
    </nz-modal>
  `,
})
export class ChangeStateDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly project = input.required<ProjectDto>();
  readonly closed = output<void>();
  /** The updated project, or null after a stale-edit conflict (reload). */
  readonly saved = output<ProjectDto | null>();

  protected readonly options = computed(() => nextStates(this.project().state));
  protected readonly saving = signal(false);
  private readonly chosen = signal<ProjectState | null>(null);
  protected readonly needsReason = computed(() => requiresReason(this.chosen()));

  protected readonly form = new FormGroup({
    state: new FormControl<ProjectState | null>(null, Validators.required),
    reason: new FormControl('', { nonNullable: true, validators: Validators.maxLength(500) }),
  });

  ngOnInit(): void {
    this.form.controls.state.valueChanges.subscribe((state) => {
      this.chosen.set(state);
      const reason = this.form.controls.reason;
      reason.setValidators(
        requiresReason(state)
          ? [Validators.required, Validators.maxLength(500), notBlank]
          : Validators.maxLength(500),
      );
      reason.updateValueAndValidity();
    });
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const { state, reason } = this.form.getRawValue();
    const project = this.project();
    this.problems.save(
      this.api.invoke(changeProjectState, {
        id: project.id,
        body: {
          state: state!,
          reason: requiresReason(state) ? reason.trim() : null,
          concurrencyStamp: project.concurrencyStamp,
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
