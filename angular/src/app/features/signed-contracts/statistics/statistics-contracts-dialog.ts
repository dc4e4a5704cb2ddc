import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';
import { Api } from '../../../api/api';
import { getSignedContractStatisticsContracts } from '../../../api/fn/signed-contracts/get-signed-contract-statistics-contracts';
import { PagedResultOfContractListItemDto } from '../../../api/models/paged-result-of-contract-list-item-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { STATE_COLORS } from '../contracts-model';
import { DrillDown } from './statistics-model';

/** The contracts behind one figure of the statistics page, a page at a time. */
@Component({
  selector: 'app-statistics-contracts-dialog',
  imports: [SHARED_IMPORTS, RouterLink, WanYuanPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="titleTemplate"
      nzWidth="1100px"
      [nzFooter]="null"
      (nzOnCancel)="closed.emit()"
    >
      <ng-template #titleTemplate>
        {{
          'contracts.statistics.drillTitle'
            | translate
              : { year: year(), measure: ('contracts.measures.' + drillDown().measure | translate) }
        }}
        @if (drillDown().group; as group) {
          · {{ group }}
        }
      </ng-template>
      <div *nzModalContent data-testid="stat-contracts">
        <nz-table
          #table
          nzSize="small"
          [nzData]="result()?.items ?? []"
          [nzFrontPagination]="false"
          [nzLoading]="loading()"
          [nzTotal]="result()?.totalCount ?? 0"
          [nzPageIndex]="page()"
          [nzPageSize]="pageSize()"
          [nzShowTotal]="totalTemplate"
          (nzPageIndexChange)="onPageIndex($event)"
        >
          <thead>
            <tr>
              <th>{{ 'contracts.fields.number' | translate }}</th>
              <th>{{ 'contracts.fields.projectName' | translate }}</th>
              <th>{{ 'contracts.fields.companyName' | translate }}</th>
              <th>{{ 'contracts.fields.signedOn' | translate }}</th>
              <th nzAlign="right">{{ 'contracts.fields.amountWan' | translate }}</th>
              <th nzAlign="right">{{ 'contracts.fields.fundsWan' | translate }}</th>
              <th>{{ 'contracts.fields.state' | translate }}</th>
              <th>{{ 'contracts.fields.department' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of table.data; track c.id) {
              <tr data-testid="stat-contract-row">
                <td>
                  <a [routerLink]="['/signed-contracts', c.id]" (click)="closed.emit()">{{
                    c.number
                  }}</a>
                </td>
                <td>{{ c.projectName }}</td>
                <td>{{ c.companyName }}</td>
                <td>{{ c.signedOn }}</td>
                <td nzAlign="right">{{ c.contractedAmount | wanYuan }}</td>
                <td nzAlign="right">{{ c.fundsArrived | wanYuan }}</td>
                <td>
                  <nz-tag [nzColor]="stateColors[c.fulfilmentState]">{{
                    'contracts.states.' + c.fulfilmentState | translate
                  }}</nz-tag>
                </td>
                <td>{{ c.responsibleDepartmentName }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
        <ng-template #totalTemplate let-total>{{
          'common.total' | translate: { total }
        }}</ng-template>
      </div>
    </nz-modal>
  `,
})
export class StatisticsContractsDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly year = input.required<number>();
  readonly drillDown = input.required<DrillDown>();
  readonly closed = output<void>();

  protected readonly stateColors = STATE_COLORS;
  protected readonly result = signal<PagedResultOfContractListItemDto | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(10);
  protected readonly loading = signal(false);
  private request?: Subscription;

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    const { measure, filters } = this.drillDown();
    this.loading.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getSignedContractStatisticsContracts, {
        year: this.year(),
        measure,
        signingEvent: filters.signingEvent ?? undefined,
        industryCode: filters.industryCode ?? undefined,
        departmentId: filters.departmentId ?? undefined,
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
}
