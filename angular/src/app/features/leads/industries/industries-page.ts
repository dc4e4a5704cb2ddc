import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { Api } from '../../../api/api';
import { getLeadIndustries } from '../../../api/fn/leads/get-lead-industries';
import { updateLeadIndustry } from '../../../api/fn/leads/update-lead-industry';
import { IndustryDto } from '../../../api/models/industry-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { Permissions } from '../../../core/permissions';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { nextSortOrder, targetLines } from './industries-model';
import { IndustryDialog } from './industry-dialog';
import { LeadSettingsCard } from './lead-settings-card';

/**
 * 重点招商目录 (/leads/industries): the target industries leads are filed under, with their chain, target companies
 * and lead counts; 统筹 adds, edits and retires entries and sets when a lead counts as 长期未跟进.
 */
@Component({
  selector: 'app-industries-page',
  imports: [SHARED_IMPORTS, FormsModule, NzSwitchModule, IndustryDialog, LeadSettingsCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div data-testid="industries-page">
      <app-page-header [title]="'leads.industries.title' | translate">
        @if (canSupervise) {
          <button
            nz-button
            nzType="primary"
            data-testid="industry-add"
            (click)="creating.set(true)"
          >
            <nz-icon nzType="plus" />{{ 'leads.industries.add' | translate }}
          </button>
        }
      </app-page-header>

      <app-lead-settings-card class="settings" [canEdit]="canSupervise" />

      <nz-table
        data-testid="industry-table"
        [nzData]="industries()"
        [nzLoading]="loading()"
        [nzShowPagination]="false"
        [nzFrontPagination]="false"
      >
        <thead>
          <tr>
            <th nzWidth="160px">{{ 'leads.industries.name' | translate }}</th>
            <th nzWidth="160px">{{ 'leads.industries.code' | translate }}</th>
            <th>{{ 'leads.industries.chain' | translate }}</th>
            <th>{{ 'leads.industries.targets' | translate }}</th>
            <th nzAlign="right" nzWidth="90px">{{ 'leads.industries.leadCount' | translate }}</th>
            <th nzWidth="90px">{{ 'leads.industries.active' | translate }}</th>
            @if (canSupervise) {
              <th nzWidth="80px">{{ 'common.actions' | translate }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (industry of industries(); track industry.id) {
            <tr data-testid="industry-row">
              <td data-testid="industry-row-name">{{ industry.name }}</td>
              <td>{{ industry.code }}</td>
              <td>{{ industry.chain }}</td>
              <td>
                <ul class="targets">
                  @for (target of targets(industry); track $index) {
                    <li>{{ target }}</li>
                  }
                </ul>
              </td>
              <td nzAlign="right">{{ industry.leadCount }}</td>
              <td>
                <nz-switch
                  nzSize="small"
                  [ngModel]="industry.isActive"
                  [nzDisabled]="!canSupervise"
                  [nzLoading]="toggling() === industry.id"
                  [nzControl]="true"
                  (click)="toggle(industry)"
                  data-testid="industry-active"
                />
              </td>
              @if (canSupervise) {
                <td>
                  <a (click)="editing.set(industry)" data-testid="industry-edit">{{
                    'common.edit' | translate
                  }}</a>
                </td>
              }
            </tr>
          }
        </tbody>
      </nz-table>
    </div>

    @if (creating()) {
      <app-industry-dialog
        [sortOrder]="nextSort()"
        (closed)="creating.set(false)"
        (saved)="onSaved()"
      />
    }
    @if (editing(); as industry) {
      <app-industry-dialog [industry]="industry" (closed)="editing.set(null)" (saved)="onSaved()" />
    }
  `,
  styles: `
    .settings {
      display: block;
      margin-bottom: 16px;
    }
    .targets {
      margin: 0;
      padding-left: 16px;
    }
  `,
})
export class IndustriesPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly auth = inject(AuthService);
  protected readonly canSupervise = this.auth.hasPermission(Permissions.leadsSupervise);
  protected readonly targets = (industry: IndustryDto) => targetLines(industry.targets);

  protected readonly industries = signal<IndustryDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly toggling = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected readonly editing = signal<IndustryDto | null>(null);
  protected readonly nextSort = computed(() => nextSortOrder(this.industries()));

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.api.invoke(getLeadIndustries).subscribe({
      next: (industries) => {
        this.industries.set(industries);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }

  /** 启用/停用 from the row: the entry as it is, with the switch flipped. */
  protected toggle(industry: IndustryDto): void {
    if (!this.canSupervise || this.toggling()) {
      return;
    }
    this.toggling.set(industry.id);
    this.api
      .invoke(updateLeadIndustry, {
        id: industry.id,
        body: {
          code: industry.code,
          name: industry.name,
          chain: industry.chain,
          targets: industry.targets,
          sortOrder: industry.sortOrder,
          isActive: !industry.isActive,
          concurrencyStamp: industry.concurrencyStamp,
        },
      })
      .subscribe({
        next: (saved) => {
          this.toggling.set(null);
          this.industries.update((list) => list.map((i) => (i.id === saved.id ? saved : i)));
        },
        error: (error: unknown) => {
          this.toggling.set(null);
          this.problems.report(error);
          this.load();
        },
      });
  }

  protected onSaved(): void {
    this.creating.set(false);
    this.editing.set(null);
    this.load();
  }
}
