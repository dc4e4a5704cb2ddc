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
import { getProjectPlanYears } from '../../../api/fn/reserve/get-project-plan-years';
import { ProjectPlanYearDto } from '../../../api/models/project-plan-year-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';

/**
 * 历年计划: each year's plan of the project with the values that year listed (GetProjectPlanYears), newest first.
 * The master above shows the current values; a year keeps its own.
 */
@Component({
  selector: 'app-project-plan-years',
  imports: [SHARED_IMPORTS, WanYuanPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-table
      #table
      nzSize="small"
      data-testid="project-plan-years"
      [nzData]="years()"
      [nzLoading]="loading()"
      [nzFrontPagination]="false"
      [nzShowPagination]="false"
      [nzScroll]="{ x: '900px' }"
    >
      <thead>
        <tr>
          <th nzWidth="70px">{{ 'reserve.planYears.year' | translate }}</th>
          <th>{{ 'reserve.plan.type' | translate }}</th>
          <th>{{ 'reserve.fields.sector' | translate }}</th>
          <th>{{ 'reserve.plan.columns.location' | translate }}</th>
          <th>{{ 'reserve.plan.columns.unit' | translate }}</th>
          <th>{{ 'reserve.fields.projectUnit' | translate }}</th>
          <th nzAlign="right">{{ 'reserve.plan.columns.totalWan' | translate }}</th>
          <th nzAlign="right">{{ 'reserve.plan.columns.plannedWan' | translate }}</th>
        </tr>
      </thead>
      <tbody>
        @for (y of table.data; track y.entryId) {
          <tr data-testid="plan-year-row">
            <td>{{ y.year }}</td>
            <td>{{ 'reserve.plan.types.' + y.type | translate }}</td>
            <td>{{ y.sectorName ?? y.sectorCode }}</td>
            <td>{{ y.townName }}</td>
            <td>{{ y.responsibleDepartmentName }}</td>
            <td>{{ y.projectUnit }}</td>
            <td nzAlign="right">{{ y.totalInvestment | wanYuan }}</td>
            <td nzAlign="right">{{ y.plannedInvestment | wanYuan }}</td>
          </tr>
        }
      </tbody>
    </nz-table>
    @if (!loading() && years().length === 0) {
      <nz-empty
        data-testid="project-plan-years-empty"
        [nzNotFoundContent]="'reserve.planYears.none' | translate"
      />
    }
  `,
})
export class ProjectPlanYears {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly projectId = input.required<string>();
  /** Changes whenever the project is saved (a master edit reaches this year's plan), so the years are fetched again. */
  readonly concurrencyStamp = input<string | null>(null);

  protected readonly years = signal<ProjectPlanYearDto[]>([]);
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
    this.api.invoke(getProjectPlanYears, { id }).subscribe({
      next: (years) => {
        this.years.set(years);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }
}
