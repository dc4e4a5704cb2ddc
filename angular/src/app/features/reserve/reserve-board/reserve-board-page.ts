import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Api } from '../../../api/api';
import { getReserveBoard } from '../../../api/fn/reserve/get-reserve-board';
import { getSectors } from '../../../api/fn/reserve/get-sectors';
import { ProjectMaturity } from '../../../api/models/project-maturity';
import { ReserveBoardColumnDto } from '../../../api/models/reserve-board-column-dto';
import { SectorDto } from '../../../api/models/sector-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { MATURITY_COLORS, PROJECT_MATURITIES, REVIEW_STATUS_COLORS } from '../reserve-model';

/** 储备库看板 (/reserve/board): one column per maturity (谋划 / 前期 / 成熟) with count and 万元 total. */
@Component({
  selector: 'app-reserve-board-page',
  imports: [SHARED_IMPORTS, RouterLink, WanYuanPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reserve-board-page.html',
  styles: `
    .toolbar {
      display: flex;
      gap: 8px;
      margin-bottom: 16px;
    }
    .filter {
      width: 200px;
    }
    .board {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 16px;
      align-items: start;
    }
    .column-header {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 8px;
    }
    .column-stats {
      font-weight: normal;
      color: rgba(0, 0, 0, 0.65);
    }
    .project-card {
      margin-bottom: 8px;
    }
    .project-meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      margin-top: 4px;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class ReserveBoardPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  protected readonly maturityColors = MATURITY_COLORS;
  protected readonly reviewStatusColors = REVIEW_STATUS_COLORS;

  protected readonly loading = signal(false);
  protected readonly sectors = signal<SectorDto[]>([]);
  private readonly loaded = signal<ReserveBoardColumnDto[]>([]);
  /** Always 谋划 / 前期 / 成熟 in that order, empty when the API leaves a column out. */
  protected readonly columns = computed(() =>
    PROJECT_MATURITIES.map(
      (maturity: ProjectMaturity) =>
        this.loaded().find((column) => column.maturity === maturity) ?? {
          maturity,
          count: 0,
          totalInvestment: 0,
          projects: [],
        },
    ),
  );

  protected readonly sector = new FormControl<string | null>(null);

  constructor() {
    this.api
      .invoke(getSectors)
      .subscribe({ next: (list) => this.sectors.set(list), error: () => undefined });
    this.sector.valueChanges.subscribe(() => this.load());
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.api.invoke(getReserveBoard, { sectorCode: this.sector.value || undefined }).subscribe({
      next: (board) => {
        this.loaded.set(board.columns);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }
}
