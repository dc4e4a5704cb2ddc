import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { Api } from '../../../api/api';
import { getProjectAssessment } from '../../../api/fn/reserve/get-project-assessment';
import { saveProjectAssessment } from '../../../api/fn/reserve/save-project-assessment';
import { AssessmentScoreDto } from '../../../api/models/assessment-score-dto';
import { ProjectAssessmentDto } from '../../../api/models/project-assessment-dto';
import { SaveProjectAssessmentRequest } from '../../../api/models/save-project-assessment-request';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';

type ScoreRow = FormGroup<{
  score: FormControl<number | null>;
  note: FormControl<string>;
}>;

/** The scores to send: only the criteria given a score, each with the stamp it was read with. */
export function assessmentRequest(
  scores: AssessmentScoreDto[],
  values: { score: number | null; note: string }[],
): SaveProjectAssessmentRequest {
  return {
    scores: scores.flatMap((criterion, i) =>
      values[i].score === null
        ? []
        : [
            {
              criterionId: criterion.criterionId,
              score: values[i].score,
              note: values[i].note.trim() || null,
              concurrencyStamp: criterion.concurrencyStamp,
            },
          ],
    ),
  };
}

/** 评分 modal: the commission scores one project (0–100) on each active judgement criterion. */
@Component({
  selector: 'app-assessment-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'reserve.ranking.assessTitle' | translate: { name: projectName() }"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      [nzWidth]="640"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="assessment-dialog">
        <p class="hint">{{ 'reserve.ranking.assessHint' | translate }}</p>
        <nz-spin [nzSpinning]="!assessment()">
          @if (assessment(); as a) {
            @if (a.scores.length === 0) {
              <nz-empty [nzNotFoundContent]="'reserve.ranking.noAssessedCriteria' | translate" />
            }
            <form nz-form nzLayout="vertical" [formGroup]="form">
              <div formArrayName="rows">
                @for (criterion of a.scores; track criterion.criterionId; let i = $index) {
                  <div nz-row [nzGutter]="16" [formGroupName]="i" data-testid="assessment-row">
                    <nz-form-item nz-col [nzSpan]="8">
                      <nz-form-label
                        >{{ criterion.name }}（{{ 'reserve.ranking.weight' | translate }}
                        {{ criterion.weight }}）</nz-form-label
                      >
                      <nz-form-control [nzErrorTip]="'reserve.ranking.scoreRange' | translate">
                        <nz-input-number
                          formControlName="score"
                          [nzMin]="0"
                          [nzMax]="100"
                          [nzPrecision]="0"
                          style="width: 100%"
                          data-testid="assessment-score"
                        />
                      </nz-form-control>
                    </nz-form-item>
                    <nz-form-item nz-col [nzSpan]="16">
                      <nz-form-label>{{ 'reserve.ranking.note' | translate }}</nz-form-label>
                      <nz-form-control [nzErrorTip]="noteError">
                        <input nz-input formControlName="note" data-testid="assessment-note" />
                      </nz-form-control>
                    </nz-form-item>
                  </div>
                }
              </div>
            </form>
          }
        </nz-spin>
        <ng-template #noteError let-control
          ><app-control-error [errors]="control.errors"
        /></ng-template>
      </div>
      <ng-template #footer>
        <button nz-button (click)="closed.emit()">{{ 'common.cancel' | translate }}</button>
        <button
          nz-button
          nzType="primary"
          data-testid="assessment-submit"
          [disabled]="!assessment()"
          [nzLoading]="saving()"
          (click)="submit()"
        >
          {{ 'common.save' | translate }}
        </button>
      </ng-template>
    </nz-modal>
  `,
  styles: `
    .hint {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class AssessmentDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly projectId = input.required<string>();
  readonly projectName = input.required<string>();
  readonly closed = output<void>();
  /** The saved scores, or null after a stale-edit conflict (reload). */
  readonly saved = output<ProjectAssessmentDto | null>();

  protected readonly assessment = signal<ProjectAssessmentDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({ rows: new FormArray<ScoreRow>([]) });

  ngOnInit(): void {
    this.api.invoke(getProjectAssessment, { id: this.projectId() }).subscribe({
      next: (assessment) => {
        this.form.setControl(
          'rows',
          new FormArray(
            assessment.scores.map(
              (s): ScoreRow =>
                new FormGroup({
                  score: new FormControl<number | null>(s.score, [
                    Validators.min(0),
                    Validators.max(100),
                  ]),
                  note: new FormControl(s.note ?? '', {
                    nonNullable: true,
                    validators: Validators.maxLength(200),
                  }),
                }),
            ),
          ),
        );
        this.assessment.set(assessment);
      },
      error: (error: unknown) => {
        this.problems.report(error);
        this.closed.emit();
      },
    });
  }

  protected submit(): void {
    const assessment = this.assessment();
    if (!assessment) {
      return;
    }
    const rows = this.form.controls.rows;
    if (rows.invalid) {
      rows.controls.forEach((row) =>
        Object.values(row.controls).forEach((control) => {
          control.markAsDirty();
          control.updateValueAndValidity({ emitEvent: false });
        }),
      );
      return;
    }
    this.problems.save(
      this.api.invoke(saveProjectAssessment, {
        id: assessment.projectId,
        body: assessmentRequest(assessment.scores, rows.getRawValue()),
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
