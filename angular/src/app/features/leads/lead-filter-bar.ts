import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { IndustryDto } from '../../api/models/industry-dto';
import { OwnerOptionDto } from '../../api/models/owner-option-dto';
import { SHARED_IMPORTS } from '../../shared/shared-imports';
import { LEAD_SOURCES, LEAD_STAGES, LeadFilterForm } from './leads-model';

/** The filters of the board and the list; the list adds the stage and the entry dates. */
@Component({
  selector: 'app-lead-filter-bar',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="filters" [formGroup]="form()" (ngSubmit)="search.emit()">
      <input
        nz-input
        class="wide"
        formControlName="search"
        data-testid="lead-filter-search"
        [placeholder]="'leads.filters.searchPlaceholder' | translate"
      />
      @if (withStage()) {
        <nz-select
          class="narrow"
          formControlName="stage"
          nzAllowClear
          data-testid="lead-filter-stage"
          [nzPlaceHolder]="'leads.fields.stage' | translate"
        >
          @for (stage of stages; track stage) {
            <nz-option [nzValue]="stage" [nzLabel]="'leads.stages.' + stage | translate" />
          }
        </nz-select>
      }
      <nz-select
        class="narrow"
        formControlName="source"
        nzAllowClear
        data-testid="lead-filter-source"
        [nzPlaceHolder]="'leads.fields.source' | translate"
      >
        @for (source of sources; track source) {
          <nz-option [nzValue]="source" [nzLabel]="'leads.sources.' + source | translate" />
        }
      </nz-select>
      <nz-select
        class="wide"
        formControlName="industryCode"
        nzAllowClear
        nzShowSearch
        data-testid="lead-filter-industry"
        [nzPlaceHolder]="'leads.fields.industry' | translate"
      >
        @for (industry of industries(); track industry.code) {
          <nz-option [nzValue]="industry.code" [nzLabel]="industry.name" />
        }
      </nz-select>
      @if (owners().length) {
        <nz-select
          class="narrow"
          formControlName="ownerUserId"
          nzAllowClear
          nzShowSearch
          data-testid="lead-filter-owner"
          [nzPlaceHolder]="'leads.fields.owner' | translate"
        >
          @for (owner of owners(); track owner.userId) {
            <nz-option [nzValue]="owner.userId" [nzLabel]="owner.displayName" />
          }
        </nz-select>
      }
      @if (withDates()) {
        <nz-range-picker
          formControlName="entered"
          data-testid="lead-filter-entered"
          [nzPlaceHolder]="[
            'leads.filters.enteredFrom' | translate,
            'leads.filters.enteredTo' | translate,
          ]"
        />
      }
      <label nz-checkbox formControlName="stale" data-testid="lead-filter-stale">{{
        'leads.filters.staleOnly' | translate
      }}</label>
      <label nz-checkbox formControlName="due" data-testid="lead-filter-due">{{
        'leads.filters.dueOnly' | translate
      }}</label>
      <button nz-button nzType="primary" type="submit" data-testid="lead-filter-submit">
        <nz-icon nzType="search" />{{ 'common.search' | translate }}
      </button>
      <button nz-button type="button" (click)="reset.emit()">
        {{ 'common.reset' | translate }}
      </button>
    </form>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-bottom: 16px;
    }
    .wide {
      width: 220px;
    }
    .narrow {
      width: 140px;
    }
  `,
})
export class LeadFilterBar {
  readonly form = input.required<LeadFilterForm>();
  readonly industries = input<IndustryDto[]>([]);
  readonly owners = input<OwnerOptionDto[]>([]);
  readonly withStage = input(false);
  readonly withDates = input(false);
  readonly search = output<void>();
  readonly reset = output<void>();

  protected readonly stages = LEAD_STAGES;
  protected readonly sources = LEAD_SOURCES;
}
