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
import { Subscription } from 'rxjs';
import { Api } from '../../../api/api';
import { getLateUnits } from '../../../api/fn/scheduling/get-late-units';
import { runProgressReminders } from '../../../api/fn/scheduling/run-progress-reminders';
import { LateUnitsDto } from '../../../api/models/late-units-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ReportMonth } from './progress-model';
import { ReportingSettingsDialog } from './reporting-settings-dialog';
import { dayParts, reminderRunText } from './reporting-model';

/**
 * 报送情况 card of the progress page: the selected month's 报送截止 (已逾期 once past), the units with projects
 * not reported, each expandable to the projects. 重点办 (Scheduling.Manage) may 立即催报 and set the 截止日.
 */
@Component({
  selector: 'app-progress-late-units',
  imports: [SHARED_IMPORTS, ReportingSettingsDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card
      nzSize="small"
      class="card"
      data-testid="late-units"
      [nzTitle]="'scheduling.reminders.title' | translate"
      [nzExtra]="actions"
    >
      <div class="due">
        @if (due(); as d) {
          <span data-testid="late-units-due">{{
            'scheduling.reminders.dueDate' | translate: d
          }}</span>
        }
        @if (late()?.overdue) {
          <nz-tag nzColor="red" data-testid="late-units-overdue">{{
            'scheduling.reminders.overdue' | translate
          }}</nz-tag>
        }
        @if (late(); as l) {
          <span class="muted" data-testid="late-units-summary">
            @if (l.units.length) {
              {{ 'scheduling.reminders.lateSummary' | translate: { units: l.units.length } }}
            } @else {
              {{ 'scheduling.reminders.allReported' | translate }}
            }
          </span>
        }
      </div>
      @if (late()?.units?.length) {
        <nz-table
          #unitTable
          nzSize="small"
          data-testid="late-units-table"
          [nzData]="late()!.units"
          [nzLoading]="loading()"
          [nzPageSize]="10"
          nzHideOnSinglePage
        >
          <thead>
            <tr>
              <th nzWidth="48px"></th>
              <th>{{ 'scheduling.columns.unit' | translate }}</th>
              <th nzAlign="right" nzWidth="160px">
                {{ 'scheduling.reminders.unreportedCount' | translate }}
              </th>
            </tr>
          </thead>
          <tbody>
            @for (unit of unitTable.data; track unit.departmentId) {
              <tr data-testid="late-unit-row">
                <td
                  [nzExpand]="expanded().has(unit.departmentId)"
                  (nzExpandChange)="toggle(unit.departmentId, $event)"
                ></td>
                <td data-testid="late-unit-name">{{ unit.departmentName }}</td>
                <td nzAlign="right" class="late" data-testid="late-unit-count">
                  {{ unit.unreportedCount }}
                </td>
              </tr>
              <tr [nzExpand]="expanded().has(unit.departmentId)">
                <ul class="projects" data-testid="late-unit-projects">
                  @for (project of unit.projects; track project.projectId) {
                    <li>
                      {{ project.name }}
                      @if (project.code) {
                        <span class="muted">{{ project.code }}</span>
                      }
                    </li>
                  }
                </ul>
              </tr>
            }
          </tbody>
        </nz-table>
      }
    </nz-card>
    <ng-template #actions>
      @if (canManage()) {
        <nz-space>
          <button
            *nzSpaceItem
            nz-button
            nzSize="small"
            nzType="primary"
            nzDanger
            data-testid="remind-now"
            [nzLoading]="reminding()"
            (click)="remindNow()"
          >
            <nz-icon nzType="thunderbolt" />{{ 'scheduling.reminders.remindNow' | translate }}
          </button>
          <button
            *nzSpaceItem
            nz-button
            nzSize="small"
            data-testid="reporting-settings"
            (click)="settingsOpen.set(true)"
          >
            <nz-icon nzType="setting" />{{ 'scheduling.reminders.settings' | translate }}
          </button>
        </nz-space>
      }
    </ng-template>
    @if (runText(); as text) {
      <nz-alert
        class="run"
        nzType="info"
        nzShowIcon
        nzCloseable
        data-testid="remind-result"
        [nzMessage]="text.key | translate: text.params"
        (nzOnClose)="runText.set(null)"
      />
    }
    @if (settingsOpen()) {
      <app-reporting-settings-dialog
        (closed)="settingsOpen.set(false)"
        (saved)="onSettingsSaved()"
      />
    }
  `,
  styles: `
    .card {
      margin-bottom: 16px;
    }
    .due {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-bottom: 8px;
    }
    .muted {
      margin-left: 4px;
      color: rgba(0, 0, 0, 0.45);
    }
    .late {
      color: #cf1322;
    }
    .projects {
      margin: 0;
      padding-left: 20px;
    }
    .run {
      margin: -8px 0 16px;
    }
  `,
})
export class ProgressLateUnits {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  /** The month chosen on the page (not necessarily answered yet). */
  readonly month = input.required<ReportMonth>();
  readonly canManage = input(false);

  protected readonly late = signal<LateUnitsDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly reminding = signal(false);
  protected readonly settingsOpen = signal(false);
  protected readonly runText = signal<ReturnType<typeof reminderRunText> | null>(null);
  protected readonly expanded = signal(new Set<string>());
  protected readonly due = computed(() => dayParts(this.late()?.dueDate));

  /** The latest request wins: one for an earlier month is cancelled, never shown. */
  private request?: Subscription;

  constructor() {
    effect(() => {
      const month = this.month();
      untracked(() => this.load(month));
    });
  }

  /** Reads the month's late units again (after a report was saved, or the 截止日 changed). */
  reload(): void {
    this.load(this.month());
  }

  private load({ year, month }: ReportMonth): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api.invoke(getLateUnits, { year, month }).subscribe({
      next: (late) => {
        this.late.set(late);
        this.expanded.set(new Set());
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.late.set(null);
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }

  protected toggle(departmentId: string, open: boolean): void {
    this.expanded.update((set) => {
      const next = new Set(set);
      if (open) {
        next.add(departmentId);
      } else {
        next.delete(departmentId);
      }
      return next;
    });
  }

  /** 立即催报: reminds last month's late units now (once per unit a day) and says what was done. */
  protected remindNow(): void {
    this.reminding.set(true);
    this.runText.set(null);
    this.api.invoke(runProgressReminders).subscribe({
      next: (run) => {
        this.reminding.set(false);
        this.runText.set(reminderRunText(run));
      },
      error: (error: unknown) => {
        this.reminding.set(false);
        this.problems.report(error);
      },
    });
  }

  protected onSettingsSaved(): void {
    this.settingsOpen.set(false);
    this.reload();
  }
}
