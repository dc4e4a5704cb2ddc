import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Api } from '../../../api/api';
import { getApprovalTemplates } from '../../../api/fn/approvals/get-approval-templates';
import { TemplateSummaryDto } from '../../../api/models/template-summary-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';

/** 审批模板 (/approvals/templates): one template per regime with its current published version and its draft. */
@Component({
  selector: 'app-template-list-page',
  imports: [SHARED_IMPORTS, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-page-header [title]="'approvals.templates.title' | translate">
      <a nz-button routerLink="/approvals/calendar" data-testid="template-calendar-link">{{
        'approvals.calendar.title' | translate
      }}</a>
    </app-page-header>
    <p class="hint">{{ 'approvals.templates.intro' | translate }}</p>
    <nz-table
      #table
      [nzData]="templates()"
      [nzLoading]="loading()"
      [nzShowPagination]="false"
      nzSize="middle"
      data-testid="template-table"
    >
      <thead>
        <tr>
          <th>{{ 'approvals.templates.regime' | translate }}</th>
          <th>{{ 'approvals.templates.name' | translate }}</th>
          <th>{{ 'approvals.templates.current' | translate }}</th>
          <th>{{ 'approvals.templates.draft' | translate }}</th>
          <th>{{ 'common.actions' | translate }}</th>
        </tr>
      </thead>
      <tbody>
        @for (t of table.data; track t.id) {
          <tr data-testid="template-row">
            <td>{{ 'reserve.regimes.' + t.regime | translate }}</td>
            <td>{{ t.name }}</td>
            <td data-testid="template-current">
              @if (t.currentVersion; as v) {
                {{ 'approvals.templates.versionLabel' | translate: { number: v.number } }}
                · {{ 'approvals.templates.stepCount' | translate: { count: v.stepCount } }} ·
                {{ v.publishedAt | date: 'yyyy-MM-dd' : '+0800' }}
              } @else {
                {{ 'approvals.templates.noCurrent' | translate }}
              }
            </td>
            <td data-testid="template-draft">
              @if (t.draft; as d) {
                <nz-tag nzColor="orange">{{
                  'approvals.templates.versionLabel' | translate: { number: d.number }
                }}</nz-tag>
                {{ 'approvals.templates.stepCount' | translate: { count: d.stepCount } }}
              } @else {
                {{ 'common.none' | translate }}
              }
            </td>
            <td>
              <a [routerLink]="['/approvals/templates', t.id]" data-testid="template-open">{{
                'approvals.templates.open' | translate
              }}</a>
            </td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: `
    .hint {
      color: rgba(0, 0, 0, 0.55);
    }
  `,
})
export class TemplateListPage {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  protected readonly templates = signal<TemplateSummaryDto[]>([]);
  protected readonly loading = signal(true);

  constructor() {
    this.api.invoke(getApprovalTemplates).subscribe({
      next: (templates) => {
        this.templates.set(templates);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problems.report(error);
      },
    });
  }
}
