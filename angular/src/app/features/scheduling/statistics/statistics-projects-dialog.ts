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
import { Subscription } from 'rxjs';
import { Api } from '../../../api/api';
import { getStatisticsProjects } from '../../../api/fn/scheduling/get-statistics-projects';
import { PagedResultOfStatisticsProjectDto } from '../../../api/models/paged-result-of-statistics-project-dto';
import { ProblemCategoryDto } from '../../../api/models/problem-category-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { TYPE_COLORS } from '../../../shared/construction-types';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ReportMonth, STATUS_COLORS } from '../progress/progress-model';
import { DrillDown } from './statistics-model';

/** The projects behind one number of the statistics page, as of its month, a page at a time. */
@Component({
  selector: 'app-statistics-projects-dialog',
  imports: [SHARED_IMPORTS, WanYuanPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './statistics-projects-dialog.html',
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .problem {
      display: block;
      max-width: 240px;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
  `,
})
export class StatisticsProjectsDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly month = input.required<ReportMonth>();
  readonly drillDown = input.required<DrillDown>();
  readonly categories = input<ProblemCategoryDto[]>([]);
  readonly closed = output<void>();

  protected readonly typeColors = TYPE_COLORS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly result = signal<PagedResultOfStatisticsProjectDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(10);
  protected readonly loading = signal(false);
  protected readonly categoryNames = computed(
    () => new Map(this.categories().map((category) => [category.code, category.name])),
  );
  /** The latest page asked for wins. */
  private request?: Subscription;

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    const { figure, type, sectorCode, problemCategoryCode } = this.drillDown();
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getStatisticsProjects, {
        ...this.month(),
        figure,
        type,
        sectorCode,
        problemCategoryCode,
        page: this.page(),
        pageSize: this.pageSize(),
      })
      .subscribe({
        next: (result) => {
          this.result.set(result);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  protected onPageIndex(page: number): void {
    this.page.set(page);
    this.load();
  }

  protected onPageSize(size: number): void {
    this.pageSize.set(size);
    this.page.set(1);
    this.load();
  }
}
