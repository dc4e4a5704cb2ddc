import { inject } from '@angular/core';
import { CanActivateFn, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { map } from 'rxjs';
import { CurrentUserDto } from '../../api/models/current-user-dto';
import { AuthService } from './auth.service';

export const CHANGE_PASSWORD_URL = '/account/change-password';

function loginRedirect(router: Router, state: RouterStateSnapshot): UrlTree {
  return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
}

function check(state: RouterStateSnapshot, allow: (user: CurrentUserDto) => true | UrlTree) {
  const router = inject(Router);
  return inject(AuthService)
    .ensureLoaded()
    .pipe(map((user) => (user ? allow(user) : loginRedirect(router, state))));
}

/** Signed-in users only; users who must change their password are sent to do so first. */
export const authGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  return check(state, (user) =>
    user.mustChangePassword ? router.parseUrl(CHANGE_PASSWORD_URL) : true,
  );
};

/** Signed-in users only, without the must-change-password detour (used by the change-password page). */
export const signedInGuard: CanActivateFn = (_route, state) => check(state, () => true);

/** Signed-in users holding `permission`; others go to the home page. */
export function permissionGuard(permission: string): CanActivateFn {
  return (_route, state) => {
    const router = inject(Router);
    return check(state, (user) =>
      user.permissions.includes(permission) ? true : router.parseUrl('/'),
    );
  };
}
