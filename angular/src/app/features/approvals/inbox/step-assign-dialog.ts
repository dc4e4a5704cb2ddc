import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Api } from '../../../api/api';
import { assignApprovalStep } from '../../../api/fn/approvals/assign-approval-step';
import { getApprovalColleagues } from '../../../api/fn/approvals/get-approval-colleagues';
import { ColleagueDto } from '../../../api/models/colleague-dto';
import { InstanceStepDto } from '../../../api/models/instance-step-dto';
import { TaskDto } from '../../../api/models/task-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';

/** 转交 modal: hands a pending step of the department to a colleague. */
@Component({
  selector: 'app-step-assign-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'approvals.assign.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="480px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="step-assign-dialog">
        <p>
          {{ task().stepName }} ·
          {{ 'approvals.assign.current' | translate: { handler: task().handlerName || '—' } }}
        </p>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'approvals.assign.colleague' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select formControlName="userId" nzShowSearch data-testid="assign-colleague">
                @for (c of colleagues(); track c.userId) {
                  <nz-option [nzValue]="c.userId" [nzLabel]="c.displayName" />
                }
              </nz-select>
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
        data-testid="assign-submit"
      >
        {{ 'approvals.assign.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class StepAssignDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly task = input.required<TaskDto>();
  readonly closed = output<void>();
  /** The step now with its new handler, or null when it changed meanwhile (409: reload). */
  readonly saved = output<InstanceStepDto | null>();

  protected readonly colleagues = signal<ColleagueDto[]>([]);
  protected readonly saving = signal(false);
  protected readonly form = inject(FormBuilder).group({
    userId: [null as string | null, Validators.required],
  });

  ngOnInit(): void {
    this.api.invoke(getApprovalColleagues).subscribe({
      next: (list) => this.colleagues.set(list.filter((c) => c.userId !== this.task().handlerId)),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(assignApprovalStep, {
        stepId: this.task().stepId,
        body: {
          userId: this.form.getRawValue().userId,
          concurrencyStamp: this.task().concurrencyStamp,
        },
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
