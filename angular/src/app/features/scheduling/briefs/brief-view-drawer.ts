import { NgTemplateOutlet } from '@angular/common';
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
import { Api } from '../../../api/api';
import { downloadBrief } from '../../../api/fn/scheduling/download-brief';
import { getBrief } from '../../../api/fn/scheduling/get-brief';
import { BriefSnapshot } from '../../../api/models/brief-snapshot';
import { ConstructionType } from '../../../api/models/construction-type';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { TYPE_COLORS } from '../../../shared/construction-types';
import { SHANGHAI_TIME_ZONE } from '../../../shared/dates';
import { downloadExport } from '../../../shared/download';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { formatRate, rateCards, scheduleText, yoyGrowth } from '../statistics/statistics-model';
import { briefFileName, briefPeriod } from './briefs-model';

/**
 * 查看 drawer: the brief as its Word document lays it out, from the snapshot taken when it was generated — the
 * figures with their 口径, the projects not started or not in statistics, and the red and yellow warnings.
 */
@Component({
  selector: 'app-brief-view-drawer',
  imports: [SHARED_IMPORTS, NgTemplateOutlet, WanYuanPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-drawer
      [nzVisible]="true"
      [nzWidth]="960"
      [nzTitle]="'scheduling.briefs.viewTitle' | translate"
      [nzExtra]="extra"
      (nzOnClose)="closed.emit()"
    >
      <ng-container *nzDrawerContent>
        <nz-spin [nzSpinning]="loading()">
          @if (snapshot(); as b) {
            @let f = b.figures;
            @let period = briefPeriod(b.year, b.month);
            <div data-testid="brief-view">
              <h2 class="title" data-testid="brief-view-title">{{ b.title }}</h2>
              <div class="muted center" data-testid="brief-view-snapshot">
                {{
                  'scheduling.briefs.snapshotNote'
                    | translate
                      : {
                          period: (period.key | translate: period.params),
                          time: (b.generatedAtUtc | date: 'yyyy-MM-dd HH:mm' : timeZone),
                        }
                }}
                @if (b.generatedBy) {
                  （{{ b.generatedBy }}）
                }
              </div>

              <h3>{{ 'scheduling.briefs.sections.figures' | translate }}</h3>
              <div class="cards" data-testid="brief-figures">
                @for (card of rates(); track card.code) {
                  <nz-card nzSize="small" [attr.data-testid]="'brief-rate-' + card.code">
                    <div class="label">
                      {{ 'scheduling.statistics.rates.' + card.code | translate }}
                    </div>
                    <span class="value" data-testid="brief-rate-value">{{ card.rate || '—' }}</span>
                    <span class="unit">{{ card.numerator }} / {{ card.denominator }}</span>
                    @if (card.definition; as d) {
                      <div class="definition" data-testid="brief-definition" [title]="d.scope">
                        {{ d.name }} = {{ d.numerator }} ÷ {{ d.denominator }}
                      </div>
                    }
                  </nz-card>
                }
                <nz-card nzSize="small" data-testid="brief-plan-count">
                  <div class="label">{{ 'scheduling.statistics.planCount' | translate }}</div>
                  <span class="value">{{ f.planProjectCount }}</span>
                  <span class="unit">{{ 'scheduling.projectUnit' | translate }}</span>
                </nz-card>
                <nz-card nzSize="small" data-testid="brief-investment">
                  <div class="label">{{ 'scheduling.briefs.investmentCompleted' | translate }}</div>
                  <span class="value">{{ f.investmentCompleted | wanYuan }}</span>
                  <span class="unit">{{ 'scheduling.statistics.wan' | translate }}</span>
                  <div class="definition">
                    {{ 'scheduling.statistics.annualPlan' | translate }}
                    {{ f.annualPlanInvestment | wanYuan }}
                    {{ 'scheduling.statistics.wan' | translate }}
                  </div>
                </nz-card>
                <nz-card nzSize="small" data-testid="brief-completion">
                  <div class="label">
                    {{ 'scheduling.statistics.completionRate' | translate }} /
                    {{ 'scheduling.briefs.timeElapsed' | translate }}
                  </div>
                  <span class="value">{{ completion()?.rate || '—' }}</span>
                  <span class="unit">/ {{ completion()?.elapsed }}</span>
                  @if (schedule(); as s) {
                    <div class="definition" [class]="s.tone" data-testid="brief-schedule">
                      {{ s.key | translate: s.params }}
                    </div>
                  }
                </nz-card>
                <nz-card nzSize="small" data-testid="brief-yoy">
                  <div class="label">{{ 'scheduling.statistics.yoy' | translate }}</div>
                  <span class="value" [class]="yoy().tone">{{ yoy().text }}</span>
                  @if (f.investmentCompletedLastYearSamePeriod !== null) {
                    <div class="definition">
                      {{
                        'scheduling.statistics.lastYear'
                          | translate
                            : { amount: (f.investmentCompletedLastYearSamePeriod | wanYuan) }
                      }}
                    </div>
                  }
                </nz-card>
              </div>

              <h3>{{ 'scheduling.briefs.sections.notStarted' | translate }}</h3>
              <ng-container
                *ngTemplateOutlet="
                  projects;
                  context: { $implicit: b.notStarted, id: 'brief-not-started' }
                "
              />
              <h3>{{ 'scheduling.briefs.sections.notInStatistics' | translate }}</h3>
              <ng-container
                *ngTemplateOutlet="
                  projects;
                  context: { $implicit: b.notInStatistics, id: 'brief-not-in-statistics' }
                "
              />

              <h3>
                <nz-tag nzColor="red">{{ 'scheduling.warnings.levels.Red' | translate }}</nz-tag>
                {{ 'scheduling.briefs.sections.red' | translate }}
              </h3>
              @if (b.warningsEvaluatedMonth === null) {
                <div class="muted" data-testid="brief-not-evaluated">
                  {{ 'scheduling.warnings.notEvaluated' | translate }}
                </div>
              } @else {
                <div class="muted">
                  {{
                    'scheduling.warnings.evaluatedMonth'
                      | translate: { year: b.year, month: b.warningsEvaluatedMonth }
                  }}
                </div>
              }
              <ng-container
                *ngTemplateOutlet="
                  warnings;
                  context: { $implicit: b.red, id: 'brief-red', level: 'Red', year: b.year }
                "
              />
              <h3>
                <nz-tag nzColor="gold">{{
                  'scheduling.warnings.levels.Yellow' | translate
                }}</nz-tag>
                {{ 'scheduling.briefs.sections.yellow' | translate }}
              </h3>
              <ng-container
                *ngTemplateOutlet="
                  warnings;
                  context: {
                    $implicit: b.yellow,
                    id: 'brief-yellow',
                    level: 'Yellow',
                    year: b.year,
                  }
                "
              />
              @if (b.problems) {
                <h3>{{ 'scheduling.briefs.sections.problems' | translate }}</h3>
                <ng-container
                  *ngTemplateOutlet="
                    followUps;
                    context: { $implicit: b.problems, id: 'brief-problems' }
                  "
                />
              }
              @if (b.rectifications) {
                <h3>{{ 'scheduling.briefs.sections.rectifications' | translate }}</h3>
                <ng-container
                  *ngTemplateOutlet="
                    followUps;
                    context: { $implicit: b.rectifications, id: 'brief-rectifications' }
                  "
                />
              }
            </div>
          }
        </nz-spin>
      </ng-container>
    </nz-drawer>

    <ng-template #extra>
      <button
        nz-button
        nzType="primary"
        data-testid="brief-view-download"
        [nzLoading]="downloading()"
        [disabled]="!snapshot()"
        (click)="download()"
      >
        <nz-icon nzType="download" />{{ 'scheduling.briefs.download' | translate }}
      </button>
    </ng-template>

    <ng-template #projects let-rows let-id="id">
      <nz-table
        #table
        nzSize="small"
        [attr.data-testid]="id"
        [nzData]="rows"
        [nzShowPagination]="false"
        [nzFrontPagination]="false"
        [nzScroll]="{ x: '1100px' }"
      >
        <thead>
          <tr>
            <th nzWidth="48px">{{ 'scheduling.briefs.columns.index' | translate }}</th>
            <th nzWidth="200px">{{ 'scheduling.columns.name' | translate }}</th>
            <th>{{ 'scheduling.columns.type' | translate }}</th>
            <th>{{ 'scheduling.columns.unit' | translate }}</th>
            <th nzAlign="right">{{ 'scheduling.columns.plannedWan' | translate }}</th>
            <th nzAlign="right">{{ 'scheduling.columns.cumulativeWan' | translate }}</th>
            <th>{{ 'scheduling.briefs.columns.plannedStart' | translate }}</th>
            <th>{{ 'scheduling.columns.startDate' | translate }}</th>
            <th nzWidth="240px">{{ 'scheduling.columns.problem' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (line of table.data; track $index) {
            <tr data-testid="brief-project-line">
              <td>{{ $index + 1 }}</td>
              <td>{{ line.name }}</td>
              <td>
                <nz-tag [nzColor]="typeColor(line.type)">{{
                  'scheduling.types.' + line.type | translate
                }}</nz-tag>
              </td>
              <td>{{ line.responsibleUnit }}</td>
              <td nzAlign="right">{{ line.plannedInvestment | wanYuan }}</td>
              <td nzAlign="right">{{ line.investmentCompleted | wanYuan }}</td>
              <td>{{ line.plannedStartMonth || '—' }}</td>
              <td>{{ line.actualStartDate || '—' }}</td>
              <td>
                @if (line.problemCategory) {
                  <nz-tag>{{ line.problemCategory }}</nz-tag>
                }
                {{ line.problem || '' }}
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    </ng-template>

    <ng-template #warnings let-rows let-id="id" let-level="level" let-year="year">
      <nz-table
        #table
        nzSize="small"
        [attr.data-testid]="id"
        [nzData]="rows"
        [nzShowPagination]="false"
        [nzFrontPagination]="false"
      >
        <thead>
          <tr>
            <th nzWidth="48px">{{ 'scheduling.briefs.columns.index' | translate }}</th>
            <th nzWidth="200px">{{ 'scheduling.columns.name' | translate }}</th>
            <th>{{ 'scheduling.columns.unit' | translate }}</th>
            <th>{{ 'scheduling.briefs.columns.lagging' | translate }}</th>
            <th nzWidth="320px">{{ 'scheduling.warnings.columns.data' | translate }}</th>
            <th>{{ 'scheduling.warnings.columns.since' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (line of table.data; track $index) {
            <tr data-testid="brief-warning-line">
              <td>{{ $index + 1 }}</td>
              <td>
                <nz-tag [nzColor]="level === 'Red' ? 'red' : 'gold'">{{
                  'scheduling.warnings.levels.' + level | translate
                }}</nz-tag>
                {{ line.projectName }}
              </td>
              <td>{{ line.responsibleUnit }}</td>
              <td>{{ line.rule }}</td>
              <td>{{ line.data }}</td>
              <td>
                {{ 'scheduling.warnings.sinceMonth' | translate: { year, month: line.sinceMonth } }}
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    </ng-template>

    <ng-template #followUps let-rows let-id="id">
      <nz-table
        #table
        nzSize="small"
        [attr.data-testid]="id"
        [nzData]="rows"
        [nzShowPagination]="false"
        [nzFrontPagination]="false"
      >
        <thead>
          <tr>
            <th nzWidth="48px">{{ 'scheduling.briefs.columns.index' | translate }}</th>
            <th nzWidth="200px">{{ 'scheduling.columns.name' | translate }}</th>
            <th nzWidth="320px">{{ 'scheduling.briefs.columns.matter' | translate }}</th>
            <th>{{ 'scheduling.briefs.columns.department' | translate }}</th>
            <th>{{ 'scheduling.briefs.columns.deadline' | translate }}</th>
            <th>{{ 'scheduling.briefs.columns.status' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (line of table.data; track $index) {
            <tr data-testid="brief-follow-up-line">
              <td>{{ $index + 1 }}</td>
              <td>{{ line.projectName }}</td>
              <td>{{ line.matter }}</td>
              <td>{{ line.department }}</td>
              <td>{{ line.deadline }}</td>
              <td>
                {{ line.status }}
                @if (line.overdue) {
                  <nz-tag nzColor="red">{{ 'scheduling.briefs.overdue' | translate }}</nz-tag>
                }
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    </ng-template>
  `,
  styles: `
    .title {
      margin-bottom: 4px;
      text-align: center;
      font-weight: 600;
    }
    .center {
      margin-bottom: 16px;
      text-align: center;
    }
    h3 {
      margin: 20px 0 8px;
      font-weight: 600;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 12px;
    }
    .label {
      color: rgba(0, 0, 0, 0.65);
    }
    .value {
      font-size: 20px;
      font-weight: 600;
    }
    .value.up {
      color: #389e0d;
    }
    .value.down,
    .behind {
      color: #cf1322;
    }
    .unit,
    .muted,
    .definition {
      margin-left: 4px;
      color: rgba(0, 0, 0, 0.45);
    }
    .definition {
      margin-left: 0;
      font-size: 12px;
    }
  `,
})
export class BriefViewDrawer implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly briefId = input.required<string>();
  readonly closed = output<void>();

  protected readonly timeZone = SHANGHAI_TIME_ZONE;
  protected readonly typeColor = (type: ConstructionType) => TYPE_COLORS[type];
  protected readonly briefPeriod = briefPeriod;
  protected readonly loading = signal(true);
  protected readonly downloading = signal(false);
  protected readonly snapshot = signal<BriefSnapshot | null>(null);

  protected readonly rates = computed(() => {
    const snapshot = this.snapshot();
    return snapshot ? rateCards(snapshot.figures) : [];
  });
  protected readonly yoy = computed(() => yoyGrowth(this.snapshot()?.figures.yoyGrowth));
  protected readonly completion = computed(() => {
    const figures = this.snapshot()?.figures;
    return figures
      ? {
          rate: formatRate(figures.planCompletionRate),
          elapsed: formatRate(figures.timeElapsedRate),
        }
      : null;
  });
  protected readonly schedule = computed(() => {
    const figures = this.snapshot()?.figures;
    return figures ? scheduleText(figures.planCompletionRate, figures.timeElapsedRate) : null;
  });

  ngOnInit(): void {
    this.api.invoke(getBrief, { id: this.briefId() }).subscribe({
      next: (snapshot) => {
        this.snapshot.set(snapshot);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }

  /** 下载 Word: the document generated with the brief, saved under its title. */
  protected download(): void {
    const snapshot = this.snapshot();
    if (!snapshot) {
      return;
    }
    downloadExport(
      this.api.invoke(downloadBrief, { id: this.briefId() }),
      briefFileName(snapshot.title),
      this.downloading,
      (error) => this.problems.report(error),
    );
  }
}
