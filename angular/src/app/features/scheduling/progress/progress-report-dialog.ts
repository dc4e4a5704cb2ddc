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
import { TranslateService } from '@ngx-translate/core';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { Api } from '../../../api/api';
import { saveMonthlyReport } from '../../../api/fn/scheduling/save-monthly-report';
import { ProblemCategoryDto } from '../../../api/models/problem-category-dto';
import { ProjectProgressDto } from '../../../api/models/project-progress-dto';
import { StartStatus } from '../../../api/models/start-status';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { TYPE_COLORS } from '../../../shared/construction-types';
import { shanghaiToday } from '../../../shared/dates';
import { WanYuanPipe, sumYuan, yuanFromWan } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import {
  ReportMonth,
  allowedStatuses,
  completionRate,
  exceedsPlan,
  formatPercent,
  hasStarted,
} from './progress-model';
import {
  OVER_ANNUAL_PLAN,
  REPORT_TEXT_MAX,
  ReportForm,
  createReportForm,
  latestStartDate,
  reportRefusal,
  reportRequest,
  showRuleOnField,
} from './progress-report-model';
import { ReportPhotos } from './report-photos';

/**
 * 填报 / 修改 modal: one project's report for one month. A cumulative above the annual plan is confirmed by the user
 * (the server asks) and sent again with confirmOverPlan.
 */
@Component({
  selector: 'app-progress-report-dialog',
  imports: [SHARED_IMPORTS, NzRadioModule, WanYuanPipe, ReportPhotos],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './progress-report-dialog.html',
  styles: `
    .form {
      margin-top: 16px;
    }
    .cumulative {
      margin-top: 4px;
      color: rgba(0, 0, 0, 0.65);
    }
    .over {
      color: #cf1322;
    }
  `,
})
export class ProgressReportDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly modal = inject(NzModalService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);

  readonly month = input.required<ReportMonth>();
  readonly item = input.required<ProjectProgressDto>();
  readonly categories = input<ProblemCategoryDto[]>([]);
  readonly closed = output<void>();
  /** The project's progress after the save, or null after a stale-edit conflict (reload). */
  readonly saved = output<ProjectProgressDto | null>();

  protected readonly typeColors = TYPE_COLORS;
  protected readonly canReport = inject(AuthService).hasPermission(Permissions.schedulingReport);
  protected readonly textMax = REPORT_TEXT_MAX;
  protected readonly saving = signal(false);
  protected readonly statuses = computed(() => allowedStatuses(this.item().type));
  protected form!: ReportForm;
  /** The fields the template reacts to, as signals. */
  private readonly investment = signal<number | null>(null);
  private readonly status = signal<StartStatus | null>(null);
  private readonly problem = signal('');
  private latestStart = shanghaiToday();

  /** 本年累计 (yuan) with the amount being typed, and its share of the annual plan. */
  protected readonly cumulative = computed(() => {
    const item = this.item();
    const yuan = sumYuan([item.cumulativeBefore, yuanFromWan(this.investment() ?? 0)]);
    return {
      yuan,
      rate: formatPercent(completionRate(yuan, item.plannedInvestment)),
      over: exceedsPlan(yuan, item.plannedInvestment),
    };
  });
  protected readonly startRequired = computed(() => hasStarted(this.status()));
  protected readonly problemWritten = computed(() => !!this.problem().trim());

  ngOnInit(): void {
    const today = shanghaiToday();
    this.latestStart = latestStartDate(this.month(), today);
    this.form = createReportForm(this.item(), this.month(), today);
    const { investmentThisMonth, status, problem } = this.form.controls;
    this.investment.set(investmentThisMonth.value);
    this.status.set(status.value);
    this.problem.set(problem.value);
    investmentThisMonth.valueChanges.subscribe((value) => this.investment.set(value));
    status.valueChanges.subscribe((value) => this.status.set(value));
    problem.valueChanges.subscribe((value) => this.problem.set(value));
  }

  /** Days after today or after the reported month cannot be picked. */
  protected readonly disabledDate = (date: Date): boolean => date > this.latestStart;

  protected submit(confirmOverPlan = false): void {
    if (revealErrors(this.form)) {
      return;
    }
    const item = this.item();
    const { year, month } = this.month();
    this.problems.save(
      this.api.invoke(saveMonthlyReport, {
        year,
        month,
        projectId: item.projectId,
        body: reportRequest(this.form, item, confirmOverPlan),
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (progress) => this.saved.emit(progress),
        stale: () => this.saved.emit(null),
        refused: (error) => this.onRefused(error),
      },
    );
  }

  /** Over the annual plan: ask, and send again confirmed. A rule about one field: show it on that field. */
  private onRefused(error: unknown): boolean {
    const refusal = reportRefusal(error);
    if (refusal?.code === OVER_ANNUAL_PLAN) {
      this.modal.confirm({
        nzTitle: this.translate.instant('scheduling.report.overPlanTitle'),
        nzContent: refusal.detail,
        nzOkText: this.translate.instant('scheduling.report.confirmOverPlan'),
        nzCancelText: this.translate.instant('common.cancel'),
        nzOnOk: () => this.submit(true),
      });
      return true;
    }
    return !!refusal && showRuleOnField(this.form, refusal);
  }
}
