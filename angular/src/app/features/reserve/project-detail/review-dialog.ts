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
import { reviewProject } from '../../../api/fn/reserve/review-project';
import { ProjectDto } from '../../../api/models/project-dto';
import { ReviewDecision } from '../../../api/models/review-decision';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { notBlank } from '../../../shared/validation/not-blank';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { REVIEW_DECISIONS, decisionRequiresComment } from '../reserve-model';

/** 审核 modal (发改委): 接受入库 / 退回修改 / 不予入库; the last two require a comment. */
@Component({
  selector: 'app-review-dialog',
  imports: [SHARED_IMPORTS, NzRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'reserve.review.title' | translate"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <form
        *nzModalContent
        nz-form
        nzLayout="vertical"
        [formGroup]="form"
        data-testid="review-dialog"
      >
        <ng-template #errorTip let-control
          ><app-control-error [errors]="control.errors"
        /></ng-template>
        <nz-form-item>
          <nz-form-label nzRequired>{{ 'reserve.review.decision' | translate }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <nz-radio-group formControlName="decision" data-testid="review-decision">
              @for (decision of decisions; track decision) {
                <label nz-radio [nzValue]="decision" [attr.data-testid]="'review-' + decision">{{
                  'reserve.reviewDecisions.' + decision | translate
                }}</label>
              }
            </nz-radio-group>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label [nzRequired]="needsComment()">{{
            'reserve.fields.reviewComment' | translate
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <textarea
              nz-input
              rows="3"
              formControlName="comment"
              data-testid="review-comment"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
      </form>
      <ng-template #footer>
        <button nz-button (click)="closed.emit()">{{ 'common.cancel' | translate }}</button>
        <button
          nz-button
          nzType="primary"
          data-testid="review-submit"
          [nzLoading]="saving()"
          (click)="submit()"
        >
          {{ 'reserve.review.confirm' | translate }}
        </button>
      </ng-template>
    </nz-modal>
  `,
})
export class ReviewDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly project = input.required<ProjectDto>();
  readonly closed = output<void>();
  /** The reviewed project, or null after a stale-edit conflict (reload). */
  readonly saved = output<ProjectDto | null>();

  protected readonly decisions = REVIEW_DECISIONS;
  protected readonly saving = signal(false);
  private readonly chosen = signal<ReviewDecision | null>(null);
  protected readonly needsComment = computed(() => decisionRequiresComment(this.chosen()));

  protected readonly form = new FormGroup({
    decision: new FormControl<ReviewDecision | null>(null, Validators.required),
    comment: new FormControl('', { nonNullable: true, validators: Validators.maxLength(500) }),
  });

  ngOnInit(): void {
    this.form.controls.decision.valueChanges.subscribe((decision) => {
      this.chosen.set(decision);
      const comment = this.form.controls.comment;
      comment.setValidators(
        decisionRequiresComment(decision)
          ? [Validators.required, Validators.maxLength(500), notBlank]
          : Validators.maxLength(500),
      );
      comment.updateValueAndValidity();
    });
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const { decision, comment } = this.form.getRawValue();
    const project = this.project();
    this.problems.save(
      this.api.invoke(reviewProject, {
        id: project.id,
        body: {
          decision: decision!,
          comment: comment.trim() || null,
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
