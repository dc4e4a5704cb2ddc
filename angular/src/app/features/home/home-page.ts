import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/permissions';
import { SHARED_IMPORTS } from '../../shared/shared-imports';
import { HomeFigures } from './home-figures';

/** 工作台: greets the signed-in user, leads to the 调度看板, and shows the year's lead and contract figures. */
@Component({
  selector: 'app-home-page',
  imports: [SHARED_IMPORTS, RouterLink, HomeFigures],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-page-header [title]="'menu.home' | translate" />
    @if (auth.user(); as user) {
      <nz-card
        [nzTitle]="'home.welcome' | translate: { name: user.displayName }"
        data-testid="welcome-card"
      >
        <nz-descriptions [nzColumn]="1" nzBordered>
          <nz-descriptions-item [nzTitle]="'home.userName' | translate">{{
            user.userName
          }}</nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="'home.department' | translate">
            {{ user.departmentName ?? ('common.none' | translate) }}
          </nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="'home.roles' | translate">
            @for (role of user.roles; track role) {
              <nz-tag nzColor="blue">{{ role }}</nz-tag>
            } @empty {
              {{ 'common.none' | translate }}
            }
          </nz-descriptions-item>
        </nz-descriptions>
      </nz-card>
    }
    @if (auth.hasPermission(schedulingView)) {
      <nz-card class="shortcut" nzSize="small">
        <a routerLink="/scheduling/dashboard" data-testid="home-dashboard-link">
          <nz-icon nzType="dashboard" />
          {{ 'home.dashboard' | translate }}
        </a>
        <span class="hint">{{ 'home.dashboardHint' | translate }}</span>
      </nz-card>
    }
    @if (auth.hasPermission(leadsView) || auth.hasPermission(signedContractsView)) {
      <app-home-figures />
    }
  `,
  styles: `
    .shortcut {
      margin-top: 16px;
    }
    .shortcut a {
      font-size: 16px;
      font-weight: 500;
    }
    .hint {
      margin-left: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class HomePage {
  protected readonly auth = inject(AuthService);
  protected readonly schedulingView = Permissions.schedulingView;
  protected readonly leadsView = Permissions.leadsView;
  protected readonly signedContractsView = Permissions.signedContractsView;
}
