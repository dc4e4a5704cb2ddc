import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LeadDto } from '../../../api/models/lead-dto';
import { WanYuanPipe } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';

/** One lead on the board: company, industry, 万元, owner, the next action (red when due), 长期未跟进. */
@Component({
  selector: 'app-lead-card',
  imports: [SHARED_IMPORTS, RouterLink, WanYuanPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let l = lead();
    <a class="card" [routerLink]="['/leads', l.id]" data-testid="lead-card">
      <div class="company" data-testid="lead-card-company">{{ l.companyName }}</div>
      <div class="meta">
        <span>{{ l.industryName }}</span>
        @if (l.intendedInvestment !== null) {
          <span data-testid="lead-card-investment">{{
            'leads.wan' | translate: { amount: (l.intendedInvestment | wanYuan) }
          }}</span>
        }
      </div>
      <div class="meta">
        <span><nz-icon nzType="user" /> {{ l.ownerName }}</span>
        @if (l.stale) {
          <nz-tag nzColor="orange" data-testid="lead-card-stale">{{
            'leads.tags.stale' | translate
          }}</nz-tag>
        }
      </div>
      @if (l.nextAction) {
        <div class="next" data-testid="lead-card-next">
          <nz-icon nzType="flag" /> {{ l.nextAction }}
          @if (l.nextActionOn) {
            @if (l.nextActionDue) {
              <nz-tag nzColor="red" data-testid="lead-card-due">{{ l.nextActionOn }}</nz-tag>
            } @else {
              <span class="muted">{{ l.nextActionOn }}</span>
            }
          }
        </div>
      }
    </a>
  `,
  styles: `
    .card {
      display: block;
      padding: 8px 10px;
      margin-bottom: 8px;
      background: #fff;
      border: 1px solid #f0f0f0;
      border-radius: 6px;
      color: inherit;
    }
    .card:hover {
      border-color: #1677ff;
    }
    .company {
      font-weight: 600;
      margin-bottom: 4px;
    }
    .meta,
    .next {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      font-size: 12px;
      color: rgba(0, 0, 0, 0.65);
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class LeadCard {
  readonly lead = input.required<LeadDto>();
}
