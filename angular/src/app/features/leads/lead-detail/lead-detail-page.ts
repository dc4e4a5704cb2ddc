import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzStepsModule } from 'ng-zorro-antd/steps';
import { Subscription } from 'rxjs';
import { Api } from '../../../api/api';
import { getLead } from '../../../api/fn/leads/get-lead';
import { moveLeadStage } from '../../../api/fn/leads/move-lead-stage';
import { LeadDetailDto } from '../../../api/models/lead-detail-dto';
import { LeadStage } from '../../../api/models/lead-stage';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { LeadFormDialog } from '../lead-form/lead-form-dialog';
import { loadLeadOptions } from '../lead-options';
import { PIPELINE_STAGES, STAGE_COLORS, leadActions, leadSteps } from '../leads-model';
import { AbandonDialog } from './abandon-dialog';
import { AssignDialog } from './assign-dialog';
import { FollowUpDialog } from './follow-up-dialog';
import { FollowUpTimeline } from './follow-up-timeline';
import { StageHistory } from './stage-history';
import { SignDialog } from './sign-dialog';

/**
 * 线索详情 (/leads/:id): the company and its stage, the moves its owner (or 统筹) may make, contacts and source, the
 * follow-ups newest first, the stage history, possible duplicates, and the contract once signed.
 */
@Component({
  selector: 'app-lead-detail-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    NzStepsModule,
    WanYuanPipe,
    LeadFormDialog,
    FollowUpDialog,
    SignDialog,
    AbandonDialog,
    AssignDialog,
    FollowUpTimeline,
    StageHistory,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lead-detail-page.html',
  styleUrl: './lead-detail-page.less',
})
export class LeadDetailPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly auth = inject(AuthService);
  protected readonly canSupervise = this.auth.hasPermission(Permissions.leadsSupervise);
  protected readonly options = loadLeadOptions();
  protected readonly stageColors = STAGE_COLORS;
  protected readonly pipeline = PIPELINE_STAGES;

  /** Route parameter :id (component input binding). */
  readonly id = input.required<string>();

  protected readonly detail = signal<LeadDetailDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly moving = signal(false);
  protected readonly editing = signal(false);
  protected readonly recording = signal(false);
  protected readonly signing = signal(false);
  protected readonly abandoning = signal(false);
  protected readonly assigning = signal(false);

  protected readonly actions = computed(() => {
    const detail = this.detail();
    return detail ? leadActions(detail.lead, this.canSupervise) : null;
  });
  protected readonly steps = computed(() => {
    const detail = this.detail();
    return detail ? leadSteps(detail.lead.stage, detail.stageChanges) : null;
  });

  private request?: Subscription;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
  }

  protected reload(): void {
    this.load(this.id());
  }

  private load(id: string): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api.invoke(getLead, { id }).subscribe({
      next: (detail) => {
        this.detail.set(detail);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }

  /** 推进 / 回退 / 重新激活: no text to give, so no dialog. */
  protected move(stage: LeadStage): void {
    const lead = this.detail()?.lead;
    if (!lead || this.moving()) {
      return;
    }
    this.problems.save(
      this.api.invoke(moveLeadStage, {
        id: lead.id,
        body: { stage, reason: null, concurrencyStamp: lead.concurrencyStamp },
      }),
      {
        saving: this.moving,
        // The moved lead (with its new stamp) shows at once, so a next click cannot send the old stamp.
        saved: (moved) => {
          this.detail.update((detail) => detail && { ...detail, lead: moved });
          this.reload();
        },
        stale: () => this.reload(),
      },
    );
  }

  /** After any dialog: the lead, its history and follow-ups are read again. */
  protected onSaved(): void {
    this.editing.set(false);
    this.recording.set(false);
    this.signing.set(false);
    this.abandoning.set(false);
    this.assigning.set(false);
    this.reload();
  }
}
