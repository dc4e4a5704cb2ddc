import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { forkJoin } from 'rxjs';
import { Api } from '../../../api/api';
import { getApprovalForecast } from '../../../api/fn/approvals/get-approval-forecast';
import { getApprovalInstance } from '../../../api/fn/approvals/get-approval-instance';
import { ForecastDto } from '../../../api/models/forecast-dto';
import { InstanceDto } from '../../../api/models/instance-dto';
import { StepForecastDto } from '../../../api/models/step-forecast-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { LIMIT_COLORS, STATE_COLORS, STEP_STATES } from '../approvals-model';
import { StepGraph } from './step-graph';

/**
 * One approval run (/approvals/instances/:id): its steps as a graph with the critical path, each step's state,
 * duration and expected days, the forecast date of 建设条件 with its basis, and who decided what and when.
 */
@Component({
  selector: 'app-instance-view-page',
  imports: [SHARED_IMPORTS, RouterLink, StepGraph],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './instance-view-page.html',
  styleUrl: './instance-view-page.less',
})
export class InstanceViewPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly translate = inject(TranslateService);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id')!;

  protected readonly stateColors = STATE_COLORS;
  protected readonly limitColors = LIMIT_COLORS;
  protected readonly instance = signal<InstanceDto | null>(null);
  protected readonly forecast = signal<ForecastDto | null>(null);
  protected readonly loading = signal(true);

  protected readonly stateNames = computed(() => {
    this.instance();
    return Object.fromEntries(
      STEP_STATES.map((s) => [s, this.translate.instant('approvals.stepStates.' + s) as string]),
    );
  });

  protected readonly expected = computed(
    () =>
      new Map((this.forecast()?.steps ?? []).map((s) => [s.code, s] as [string, StepForecastDto])),
  );

  protected readonly criticalNames = computed(() => {
    const names = new Map((this.instance()?.steps ?? []).map((s) => [s.code, s.name]));
    return (this.forecast()?.criticalPath ?? []).map((c) => names.get(c) ?? c);
  });

  /** Every decision and resubmission, oldest first, with its step's name. */
  protected readonly history = computed(() =>
    (this.instance()?.steps ?? [])
      .flatMap((s) => s.decisions.map((d) => ({ ...d, stepName: s.name, stepCode: s.code })))
      .sort((a, b) => a.at.localeCompare(b.at)),
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    forkJoin([
      this.api.invoke(getApprovalInstance, { id: this.id }),
      this.api.invoke(getApprovalForecast, { id: this.id }),
    ]).subscribe({
      next: ([instance, forecast]) => {
        this.instance.set(instance);
        this.forecast.set(forecast);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }
}
