import { ChangeDetectionStrategy, Component, OnInit, inject, output, signal } from '@angular/core';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { Api } from '../../../api/api';
import { getWarningEvaluations } from '../../../api/fn/scheduling/get-warning-evaluations';
import { getWarningRules } from '../../../api/fn/scheduling/get-warning-rules';
import { saveWarningRule } from '../../../api/fn/scheduling/save-warning-rule';
import { WarningEvaluationDto } from '../../../api/models/warning-evaluation-dto';
import { WarningRuleCode } from '../../../api/models/warning-rule-code';
import { WarningRuleDto } from '../../../api/models/warning-rule-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHANGHAI_TIME_ZONE } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { RuleForm, canEnable, createRuleForm, refusal, ruleRequest } from './warnings-model';

interface RuleRow {
  rule: WarningRuleDto;
  form: RuleForm;
}

/**
 * 预警规则 modal (重点办): each rule's yellow/red thresholds and on/off, saved row by row (a change is a new version),
 * and the latest evaluations (每晚自动 and 手动). A rule without its data source cannot be switched on.
 */
@Component({
  selector: 'app-warning-rules-dialog',
  imports: [SHARED_IMPORTS, NzSwitchModule, NzTabsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.warnings.rules.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="1100px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="rules-dialog">
        <nz-tabs>
          <nz-tab [nzTitle]="'scheduling.warnings.rules.tab' | translate">
            <div class="hint">{{ 'scheduling.warnings.rules.hint' | translate }}</div>
            <nz-table
              #ruleTable
              nzSize="small"
              data-testid="rules-table"
              [nzData]="rows()"
              [nzLoading]="loading()"
              [nzShowPagination]="false"
              [nzFrontPagination]="false"
            >
              <thead>
                <tr>
                  <th>{{ 'scheduling.warnings.rules.rule' | translate }}</th>
                  <th nzWidth="170px">{{ 'scheduling.warnings.rules.yellow' | translate }}</th>
                  <th nzWidth="170px">{{ 'scheduling.warnings.rules.red' | translate }}</th>
                  <th nzWidth="150px">{{ 'scheduling.warnings.rules.enabled' | translate }}</th>
                  <th nzWidth="130px">{{ 'scheduling.warnings.rules.version' | translate }}</th>
                  <th nzWidth="80px">{{ 'common.actions' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of ruleTable.data; track row.rule.code) {
                  @let rule = row.rule;
                  <tr [formGroup]="row.form" [attr.data-testid]="'rule-row-' + rule.code">
                    <td>
                      <div>{{ rule.name }}</div>
                      <div class="muted">{{ rule.measure }}</div>
                      <div class="muted" data-testid="rule-thresholds">{{ rule.thresholds }}</div>
                    </td>
                    <td>
                      <nz-input-number
                        formControlName="yellowThreshold"
                        [nzMin]="0"
                        [nzStatus]="invalid(row, 'yellowThreshold') ? 'error' : ''"
                        [attr.data-testid]="'rule-yellow-' + rule.code"
                      />
                      <span class="unit">{{ rule.unit }}</span>
                    </td>
                    <td>
                      <nz-input-number
                        formControlName="redThreshold"
                        [nzMin]="0"
                        [nzStatus]="invalid(row, 'redThreshold') ? 'error' : ''"
                        [attr.data-testid]="'rule-red-' + rule.code"
                      />
                      <span class="unit">{{ rule.unit }}</span>
                    </td>
                    <td>
                      <nz-switch
                        formControlName="enabled"
                        [attr.data-testid]="'rule-enabled-' + rule.code"
                      />
                      @if (!canEnable(rule)) {
                        <div class="note" data-testid="rule-no-data">
                          {{ 'scheduling.warnings.rules.noDataSource' | translate }}
                        </div>
                      }
                    </td>
                    <td>
                      v{{ rule.version }}
                      <div class="muted">
                        {{ rule.changedAtUtc | date: 'yyyy-MM-dd HH:mm' : timeZone }}
                      </div>
                    </td>
                    <td>
                      <button
                        nz-button
                        nzType="primary"
                        nzSize="small"
                        type="button"
                        [nzLoading]="saving() === rule.code"
                        [disabled]="saving() !== null"
                        (click)="save(row)"
                        [attr.data-testid]="'rule-save-' + rule.code"
                      >
                        {{ 'common.save' | translate }}
                      </button>
                    </td>
                  </tr>
                  @if (errorOf(row); as error) {
                    <tr>
                      <td colspan="6" class="error" [attr.data-testid]="'rule-error-' + rule.code">
                        {{ error.key ? (error.key | translate) : error.text }}
                      </td>
                    </tr>
                  }
                }
              </tbody>
            </nz-table>
          </nz-tab>
          <nz-tab [nzTitle]="'scheduling.warnings.evaluations.tab' | translate">
            <nz-table
              #evaluationTable
              nzSize="small"
              data-testid="evaluations-table"
              [nzData]="evaluations()"
              [nzLoading]="loading()"
              [nzShowPagination]="false"
              [nzFrontPagination]="false"
            >
              <thead>
                <tr>
                  <th>{{ 'scheduling.warnings.evaluations.month' | translate }}</th>
                  <th>{{ 'scheduling.warnings.evaluations.time' | translate }}</th>
                  <th>{{ 'scheduling.warnings.evaluations.trigger' | translate }}</th>
                  <th nzAlign="right">
                    {{ 'scheduling.warnings.evaluations.projects' | translate }}
                  </th>
                  <th nzAlign="right">
                    {{ 'scheduling.warnings.evaluations.raised' | translate }}
                  </th>
                  <th nzAlign="right">
                    {{ 'scheduling.warnings.evaluations.escalated' | translate }}
                  </th>
                  <th nzAlign="right">
                    {{ 'scheduling.warnings.evaluations.reduced' | translate }}
                  </th>
                  <th nzAlign="right">
                    {{ 'scheduling.warnings.evaluations.resolved' | translate }}
                  </th>
                  <th nzAlign="right">{{ 'scheduling.warnings.evaluations.open' | translate }}</th>
                  <th nzAlign="right">
                    {{ 'scheduling.warnings.evaluations.duration' | translate }}
                  </th>
                </tr>
              </thead>
              <tbody>
                @for (e of evaluationTable.data; track e.id) {
                  <tr data-testid="evaluation-row">
                    <td>
                      {{ 'scheduling.warnings.sinceMonth' | translate: e }}
                    </td>
                    <td>{{ e.startedAtUtc | date: 'yyyy-MM-dd HH:mm' : timeZone }}</td>
                    <td>
                      {{ 'scheduling.warnings.triggers.' + e.trigger | translate }}
                      @if (e.by) {
                        <span class="muted">{{ e.by }}</span>
                      }
                    </td>
                    <td nzAlign="right">{{ e.projectCount }}</td>
                    <td nzAlign="right">{{ e.raised }}</td>
                    <td nzAlign="right">{{ e.escalated }}</td>
                    <td nzAlign="right">{{ e.reduced }}</td>
                    <td nzAlign="right">{{ e.resolved }}</td>
                    <td nzAlign="right">
                      <span class="red">{{ e.openRed }}</span> /
                      <span class="yellow">{{ e.openYellow }}</span>
                    </td>
                    <td nzAlign="right">{{ e.durationMilliseconds }} ms</td>
                  </tr>
                }
              </tbody>
            </nz-table>
          </nz-tab>
        </nz-tabs>
      </div>
    </nz-modal>
    <ng-template #footer>
      <button nz-button type="button" (click)="closed.emit()">
        {{ 'common.close' | translate }}
      </button>
    </ng-template>
  `,
  styles: `
    .hint {
      margin-bottom: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    td .muted + .muted {
      font-size: 12px;
    }
    .unit {
      margin-left: 4px;
    }
    .note {
      margin-top: 4px;
      font-size: 12px;
      color: #d46b08;
    }
    .error {
      color: #cf1322;
    }
    .red {
      color: #cf1322;
    }
    .yellow {
      color: #d48806;
    }
  `,
})
export class WarningRulesDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly closed = output<void>();

  protected readonly timeZone = SHANGHAI_TIME_ZONE;
  protected readonly canEnable = canEnable;
  protected readonly rows = signal<RuleRow[]>([]);
  protected readonly evaluations = signal<WarningEvaluationDto[]>([]);
  protected readonly loading = signal(true);
  /** The rule being saved (one at a time). */
  protected readonly saving = signal<WarningRuleCode | null>(null);
  /** The server's refusal of a row's last save, by rule. */
  private readonly refusals = signal<Partial<Record<WarningRuleCode, string>>>({});
  /** Bumped when a row's form changes, so the error line follows what is typed. */
  private readonly edits = signal(0);

  ngOnInit(): void {
    this.loadRules();
    this.api.invoke(getWarningEvaluations).subscribe({
      next: (list) => this.evaluations.set(list),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  private loadRules(): void {
    this.loading.set(true);
    this.api.invoke(getWarningRules).subscribe({
      next: (rules) => {
        this.rows.set(rules.map((rule) => this.row(rule)));
        this.refusals.set({});
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }

  private row(rule: WarningRuleDto): RuleRow {
    const form = createRuleForm(rule);
    form.valueChanges.subscribe(() => {
      this.refusals.update((all) => ({ ...all, [rule.code]: undefined }));
      this.edits.update((n) => n + 1);
    });
    return { rule, form };
  }

  protected invalid(row: RuleRow, field: 'yellowThreshold' | 'redThreshold'): boolean {
    this.edits();
    const control = row.form.controls[field];
    return control.dirty && (control.invalid || row.form.hasError('redBelowYellow'));
  }

  /** The row's error line: the server's refusal, else what the form finds wrong once touched. */
  protected errorOf(row: RuleRow): { key?: string; text?: string } | null {
    this.edits();
    const refused = this.refusals()[row.rule.code];
    if (refused) {
      return { text: refused };
    }
    const { yellowThreshold, redThreshold } = row.form.controls;
    if (!yellowThreshold.dirty && !redThreshold.dirty) {
      return null;
    }
    if (yellowThreshold.hasError('required') || redThreshold.hasError('required')) {
      return { key: 'scheduling.warnings.rules.required' };
    }
    if (yellowThreshold.hasError('min') || redThreshold.hasError('min')) {
      return { key: 'scheduling.report.notNegative' };
    }
    if (row.form.hasError('redBelowYellow')) {
      return { key: 'scheduling.warnings.rules.redBelowYellow' };
    }
    return null;
  }

  protected save(row: RuleRow): void {
    if (revealErrors(row.form)) {
      this.edits.update((n) => n + 1);
      return;
    }
    const code = row.rule.code;
    const saving = signal(true);
    this.saving.set(code);
    this.problems.save(
      this.api.invoke(saveWarningRule, { code, body: ruleRequest(row.form, row.rule) }),
      {
        saving,
        saved: (rule) => {
          this.saving.set(null);
          this.rows.update((rows) => rows.map((r) => (r.rule.code === code ? this.row(rule) : r)));
        },
        stale: () => {
          this.saving.set(null);
          this.loadRules();
        },
        refused: (error) => {
          this.saving.set(null);
          const refused = refusal(error);
          if (refused) {
            this.refusals.update((all) => ({ ...all, [code]: refused.detail }));
          }
          return !!refused;
        },
      },
    );
  }
}
