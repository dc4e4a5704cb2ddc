import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthService } from '../../core/auth/auth.service';
import { SHARED_IMPORTS } from '../../shared/shared-imports';

/** 工作台: greets the signed-in user. */
@Component({
  selector: 'app-home-page',
  imports: [SHARED_IMPORTS],
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
  `,
})
export class HomePage {
  protected readonly auth = inject(AuthService);
}
