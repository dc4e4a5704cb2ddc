import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { AuthService } from '../../core/auth/auth.service';
import { MENU_ITEMS, visibleMenuItems } from './menu-items';

@Component({
  selector: 'app-side-menu',
  imports: [RouterLink, TranslatePipe, NzIconModule, NzMenuModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './side-menu.html',
})
export class SideMenu {
  private readonly auth = inject(AuthService);
  readonly collapsed = input(false);
  protected readonly items = computed(() => {
    this.auth.user(); // recompute when the user (and so the permissions) changes
    return visibleMenuItems(MENU_ITEMS, (permission) => this.auth.hasPermission(permission));
  });
}
