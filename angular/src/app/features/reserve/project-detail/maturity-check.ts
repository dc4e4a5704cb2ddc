import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Api } from '../../../api/api';
import { getMaturityCheck } from '../../../api/fn/reserve/get-maturity-check';
import { MaturityStageDto } from '../../../api/models/maturity-stage-dto';
import { ProjectMaturity } from '../../../api/models/project-maturity';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';

/** 成熟度 tab: each stage (谋划 / 前期 / 成熟) with ✓/✗ and what is still missing (GetMaturityCheck). */
@Component({
  selector: 'app-maturity-check',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-spin [nzSpinning]="loading()">
      <div data-testid="project-maturity-check">
        @for (stage of stages(); track stage.maturity) {
          <nz-card
            nzSize="small"
            class="stage"
            [class.stage-met]="stage.met"
            [attr.data-testid]="'maturity-stage-' + stage.maturity"
          >
            <div class="stage-title">
              <span class="mark" [class.met]="stage.met">{{ stage.met ? '✓' : '✗' }}</span>
              <strong>{{ 'reserve.maturities.' + stage.maturity | translate }}</strong>
              @if (stage.maturity === current()) {
                <nz-tag nzColor="blue">{{ 'reserve.maturityCheck.claimed' | translate }}</nz-tag>
              }
              <span class="verdict">{{
                (stage.met ? 'reserve.maturityCheck.met' : 'reserve.maturityCheck.notMet')
                  | translate
              }}</span>
            </div>
            @if (stage.missing.length > 0) {
              <ul class="missing">
                @for (item of stage.missing; track $index) {
                  <li>{{ item }}</li>
                }
              </ul>
            }
          </nz-card>
        } @empty {
          @if (!loading()) {
            <nz-empty />
          }
        }
      </div>
    </nz-spin>
  `,
  styles: `
    .stage {
      margin-bottom: 12px;
    }
    .stage-title {
      display: flex;
      gap: 8px;
      align-items: center;
    }
    .mark {
      font-weight: bold;
      color: #ff4d4f;
    }
    .mark.met {
      color: #52c41a;
    }
    .verdict {
      color: rgba(0, 0, 0, 0.45);
    }
    .missing {
      margin: 8px 0 0;
      padding-left: 24px;
    }
  `,
})
export class MaturityCheck {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly projectId = input.required<string>();
  /** Changes whenever the project is saved, so the check is fetched again. */
  readonly concurrencyStamp = input<string | null>(null);
  /** The maturity the project claims (highlighted). */
  readonly current = input<ProjectMaturity | null>(null);

  protected readonly stages = signal<MaturityStageDto[]>([]);
  protected readonly loading = signal(false);

  constructor() {
    effect(() => {
      const id = this.projectId();
      this.concurrencyStamp();
      untracked(() => this.load(id));
    });
  }

  private load(id: string): void {
    this.loading.set(true);
    this.api.invoke(getMaturityCheck, { id }).subscribe({
      next: (check) => {
        this.stages.set(check.stages);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }
}
