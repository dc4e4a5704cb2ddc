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
import { TranslateService } from '@ngx-translate/core';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { Subscription } from 'rxjs';
import { Api } from '../../../api/api';
import { getContractFundsEvidence } from '../../../api/fn/signed-contracts/get-contract-funds-evidence';
import { getSignedContract } from '../../../api/fn/signed-contracts/get-signed-contract';
import { ContractDetailDto } from '../../../api/models/contract-detail-dto';
import { ContractProblemDto } from '../../../api/models/contract-problem-dto';
import { FundEntryDto } from '../../../api/models/fund-entry-dto';
import { MilestoneDto } from '../../../api/models/milestone-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { SHANGHAI_TIME_ZONE } from '../../../shared/dates';
import { saveBlob } from '../../../shared/download';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ContractFormDialog } from '../contract-form-dialog';
import { ContractOptions } from '../contract-options';
import {
  NEXT_STATES,
  STATE_COLORS,
  canLand,
  formatRate,
  fundsRate,
  milestoneColor,
} from '../contracts-model';
import { FundsDeleteDialog } from './funds-delete-dialog';
import { FundsDialog } from './funds-dialog';
import { LandingDialog } from './landing-dialog';
import { MilestoneDialog } from './milestone-dialog';
import { ProblemRaiseDialog } from './problem-raise-dialog';
import { ProblemResolveDialog } from './problem-resolve-dialog';
import { StateDialog } from './state-dialog';

/**
 * 签约项目详情 (/signed-contracts/:id): the contract's basics, its agreed milestones (planned against actual), the funds
 * arrived with their evidence, the fulfilment state and its history, the problems to coordinate, and 落地 into the
 * reserve library; 区招商局 (SignedContracts.Manage) records each of them.
 */
@Component({
  selector: 'app-contract-detail-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    NzTimelineModule,
    WanYuanPipe,
    ContractFormDialog,
    MilestoneDialog,
    FundsDialog,
    FundsDeleteDialog,
    StateDialog,
    ProblemRaiseDialog,
    ProblemResolveDialog,
    LandingDialog,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contract-detail-page.html',
  styleUrl: './contract-detail-page.less',
})
export class ContractDetailPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly translate = inject(TranslateService);
  protected readonly canManage = inject(AuthService).hasPermission(
    Permissions.signedContractsManage,
  );
  protected readonly options = new ContractOptions(this.api, (error) =>
    this.problems.report(error),
  );
  protected readonly stateColors = STATE_COLORS;
  protected readonly milestoneColor = milestoneColor;
  protected readonly timeZone = SHANGHAI_TIME_ZONE;

  /** Route parameter :id (component input binding). */
  readonly id = input.required<string>();

  protected readonly detail = signal<ContractDetailDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly editing = signal(false);
  protected readonly editingMilestone = signal<MilestoneDto | null>(null);
  protected readonly addingFunds = signal(false);
  protected readonly deletingFunds = signal<FundEntryDto | null>(null);
  protected readonly changingState = signal(false);
  protected readonly raising = signal(false);
  protected readonly resolving = signal<ContractProblemDto | null>(null);
  protected readonly landing = signal(false);
  protected readonly downloading = signal<string | null>(null);

  protected readonly contract = computed(() => this.detail()?.contract ?? null);
  protected readonly fundsRate = computed(() => {
    const c = this.contract();
    return c ? formatRate(fundsRate(c.fundsArrived, c.contractedAmount)) : '';
  });
  protected readonly mayChangeState = computed(() => {
    const c = this.contract();
    return this.canManage && !!c && NEXT_STATES[c.fulfilmentState].length > 0;
  });
  protected readonly mayLand = computed(() => {
    const c = this.contract();
    return this.canManage && !!c && canLand(c);
  });

  private request?: Subscription;

  constructor() {
    if (this.canManage) {
      this.options.loadAll();
    }
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
  }

  protected load(id = this.id()): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api.invoke(getSignedContract, { id }).subscribe({
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

  protected milestoneName(milestone: MilestoneDto): string {
    return this.translate.instant(`contracts.milestones.${milestone.kind}`);
  }

  /** The evidence, read with the session cookie and saved under its own name. */
  protected downloadEvidence(entry: FundEntryDto): void {
    this.downloading.set(entry.id);
    this.api.invoke(getContractFundsEvidence, { id: this.id(), fundId: entry.id }).subscribe({
      next: (blob) => {
        this.downloading.set(null);
        saveBlob(blob, entry.fileName ?? '凭证');
      },
      error: (error: unknown) => {
        this.downloading.set(null);
        this.problems.report(error);
      },
    });
  }

  /** A dialog answered with the whole contract (or null when it was stale: read it again). */
  protected onDetail(detail: ContractDetailDto | null, close: () => void): void {
    close();
    if (detail) {
      this.detail.set(detail);
    } else {
      this.load();
    }
  }

  /** A dialog changed a part of the contract (funds, problems): read it again for the totals and flags. */
  protected onChanged(close: () => void): void {
    close();
    this.load();
  }

  protected readonly closeEdit = () => this.editing.set(false);
  protected readonly closeMilestone = () => this.editingMilestone.set(null);
  protected readonly closeFunds = () => this.addingFunds.set(false);
  protected readonly closeDelete = () => this.deletingFunds.set(null);
  protected readonly closeState = () => this.changingState.set(false);
  protected readonly closeRaise = () => this.raising.set(false);
  protected readonly closeResolve = () => this.resolving.set(null);
  protected readonly closeLanding = () => this.landing.set(false);
}
