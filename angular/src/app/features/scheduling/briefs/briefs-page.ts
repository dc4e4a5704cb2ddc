import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';
import { Api } from '../../../api/api';
import { downloadBrief } from '../../../api/fn/scheduling/download-brief';
import { getBriefs } from '../../../api/fn/scheduling/get-briefs';
import { BriefDto } from '../../../api/models/brief-dto';
import { PagedResultOfBriefDto } from '../../../api/models/paged-result-of-brief-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { SHANGHAI_TIME_ZONE, shanghaiYear } from '../../../shared/dates';
import { downloadExport } from '../../../shared/download';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { warningYears } from '../warnings/warnings-model';
import { BriefGenerateDialog } from './brief-generate-dialog';
import { BriefViewDrawer } from './brief-view-drawer';
import { briefFileName, briefPeriod, briefQuery, briefsYear } from './briefs-model';

/**
 * 调度会通报 (/scheduling/briefs?year=): the quarterly meeting's briefs, newest first — each a snapshot of the figures,
 * the projects behind and the warnings when it was generated, viewed here and downloaded as Word; 重点办 generates
 * them.
 */
@Component({
  selector: 'app-briefs-page',
  imports: [SHARED_IMPORTS, RouterLink, BriefGenerateDialog, BriefViewDrawer],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './briefs-page.html',
  styleUrl: './briefs-page.less',
})
export class BriefsPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly problems = inject(ProblemReporter);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.schedulingManage);
  protected readonly timeZone = SHANGHAI_TIME_ZONE;
  protected readonly briefPeriod = briefPeriod;

  /** null: every year (全部). */
  protected readonly year = new FormControl<number | null>(
    briefsYear(this.route.snapshot.queryParamMap.get('year')),
  );
  protected readonly years = warningYears(this.year.value ?? shanghaiYear());

  protected readonly result = signal<PagedResultOfBriefDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly downloading = signal(false);

  protected readonly viewing = signal<string | null>(null);
  protected readonly generating = signal(false);

  /** The latest request wins: a slower earlier one (another year, another page) is cancelled. */
  private request?: Subscription;

  constructor() {
    this.year.valueChanges.subscribe(() => {
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { year: this.year.value ?? 'all' },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
      this.page.set(1);
      this.load();
    });
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getBriefs, briefQuery(this.year.value, this.page(), this.pageSize()))
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

  /** 下载 Word: the brief's document, saved under its title. */
  protected download(brief: BriefDto): void {
    downloadExport(
      this.api.invoke(downloadBrief, { id: brief.id }),
      briefFileName(brief.title),
      this.downloading,
      (error) => this.problems.report(error),
    );
  }

  /** A new brief: the list again (it comes first), and the brief opened. */
  protected onGenerated(brief: BriefDto): void {
    this.generating.set(false);
    this.page.set(1);
    this.load();
    this.viewing.set(brief.id);
  }
}
