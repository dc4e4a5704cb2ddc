import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, FormControl } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subscription, merge } from 'rxjs';
import { Api } from '../../../api/api';
import { exportInspections } from '../../../api/fn/scheduling/export-inspections';
import { getInspections } from '../../../api/fn/scheduling/get-inspections';
import { getRectifications } from '../../../api/fn/scheduling/get-rectifications';
import { InspectionDto } from '../../../api/models/inspection-dto';
import { InspectionKind } from '../../../api/models/inspection-kind';
import { PagedResultOfInspectionDto } from '../../../api/models/paged-result-of-inspection-dto';
import { PagedResultOfRectificationDto } from '../../../api/models/paged-result-of-rectification-dto';
import { RectificationDto } from '../../../api/models/rectification-dto';
import { RectificationStatus } from '../../../api/models/rectification-status';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { downloadExport } from '../../../shared/download';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { problemsYear } from '../problems/problems-model';
import { warningYears } from '../warnings/warnings-model';
import { InspectionCreateDialog } from './inspection-create-dialog';
import { InspectionDetailDrawer } from './inspection-detail-drawer';
import {
  INSPECTION_KINDS,
  RECTIFICATION_STATUSES,
  RECTIFICATION_STATUS_COLORS,
  canRectify,
  canVerify,
  inspectionsExportFileName,
  rectificationQuery,
} from './inspections-model';
import { RectificationRectifyDialog } from './rectification-rectify-dialog';
import { RectificationVerifyDialog } from './rectification-verify-dialog';

/**
 * 督查整改 (/scheduling/inspections?year=): the year's inspections, and the 限期整改 items as each department's to-do
 * list; the inspectors record visits and check rectifications, the departments report theirs.
 */
@Component({
  selector: 'app-inspections-page',
  imports: [
    SHARED_IMPORTS,
    RouterLink,
    InspectionCreateDialog,
    InspectionDetailDrawer,
    RectificationRectifyDialog,
    RectificationVerifyDialog,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inspections-page.html',
  styleUrl: '../warnings/warnings-page.less',
})
export class InspectionsPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly problems = inject(ProblemReporter);
  private readonly auth = inject(AuthService);
  protected readonly canInspect = this.auth.hasPermission(Permissions.schedulingInspect);
  private readonly unit = {
    departmentId: this.auth.user?.()?.departmentId ?? null,
    canReport: this.auth.hasPermission(Permissions.schedulingReport),
  };
  protected readonly kinds = INSPECTION_KINDS;
  protected readonly statuses = RECTIFICATION_STATUSES;
  protected readonly statusColors = RECTIFICATION_STATUS_COLORS;
  protected readonly mayRectify = (item: RectificationDto) => canRectify(item, this.unit);
  protected readonly mayVerify = (item: RectificationDto) => canVerify(item, this.canInspect);

  protected readonly year = new FormControl(
    problemsYear(this.route.snapshot.queryParamMap.get('year')),
    { nonNullable: true },
  );
  protected readonly years = warningYears(this.year.value);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly inspectionFilters = this.fb.group({
    kind: [null as InspectionKind | null],
    search: [''],
  });
  protected readonly itemFilters = this.fb.group({
    status: [null as RectificationStatus | null],
    overdue: [false],
    search: [''],
  });

  protected readonly inspections = signal<PagedResultOfInspectionDto | null>(null);
  protected readonly items = signal<PagedResultOfRectificationDto | null>(null);
  protected readonly page = signal(1);
  protected readonly itemPage = signal(1);
  protected readonly pageSize = 10;
  protected readonly loading = signal(false);
  protected readonly loadingItems = signal(false);
  protected readonly exporting = signal(false);

  protected readonly creating = signal(false);
  protected readonly viewing = signal<InspectionDto | null>(null);
  protected readonly rectifying = signal<RectificationDto | null>(null);
  protected readonly verifying = signal<RectificationDto | null>(null);

  private request?: Subscription;
  private itemRequest?: Subscription;

  constructor() {
    this.year.valueChanges.subscribe(() => {
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { year: this.year.value },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
      this.reload();
    });
    this.inspectionFilters.controls.kind.valueChanges.subscribe(() => this.searchInspections());
    const { status, overdue } = this.itemFilters.controls;
    merge(status.valueChanges, overdue.valueChanges).subscribe(() => this.searchItems());
    this.reload();
  }

  protected loadInspections(): void {
    const { kind, search } = this.inspectionFilters.getRawValue();
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getInspections, {
        year: this.year.value,
        kind: kind ?? undefined,
        search: search.trim() || undefined,
        page: this.page(),
        pageSize: this.pageSize,
      })
      .subscribe({
        next: (result) => {
          this.inspections.set(result);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  protected loadItems(): void {
    this.loadingItems.set(true);
    this.itemRequest?.unsubscribe();
    this.itemRequest = this.api
      .invoke(getRectifications, {
        ...rectificationQuery(this.year.value, this.itemFilters.getRawValue()),
        page: this.itemPage(),
        pageSize: this.pageSize,
      })
      .subscribe({
        next: (result) => {
          this.items.set(result);
          this.loadingItems.set(false);
        },
        error: (error: unknown) => {
          this.loadingItems.set(false);
          this.problems.report(error);
        },
      });
  }

  protected searchInspections(): void {
    this.page.set(1);
    this.loadInspections();
  }

  protected searchItems(): void {
    this.itemPage.set(1);
    this.loadItems();
  }

  protected onPage(page: number): void {
    this.page.set(page);
    this.loadInspections();
  }

  protected onItemPage(page: number): void {
    this.itemPage.set(page);
    this.loadItems();
  }

  protected reload(): void {
    this.loadInspections();
    this.loadItems();
  }

  protected export(): void {
    const { kind, search } = this.inspectionFilters.getRawValue();
    downloadExport(
      this.api.invoke(exportInspections, {
        year: this.year.value,
        kind: kind ?? undefined,
        search: search.trim() || undefined,
      }),
      inspectionsExportFileName(this.year.value),
      this.exporting,
      (error) => this.problems.report(error),
    );
  }

  protected onCreated(): void {
    this.creating.set(false);
    this.reload();
  }

  protected onRectified(): void {
    this.rectifying.set(null);
    this.reload();
  }

  protected onVerified(): void {
    this.verifying.set(null);
    this.reload();
  }
}
