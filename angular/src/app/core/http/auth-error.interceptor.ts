import {
  HttpContext,
  HttpContextToken,
  HttpErrorResponse,
  HttpInterceptorFn,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { catchError, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';

/** 401s from these endpoints are answered by the caller (guard or login page), not by a redirect. */
const UNAUTHORIZED_EXEMPT = ['/api/account/me', '/api/account/login'];

/** Set on requests whose 403 the caller handles quietly (optional look-ups such as role names). */
export const QUIET_FORBIDDEN = new HttpContextToken<boolean>(() => false);
export const quietForbidden = () => new HttpContext().set(QUIET_FORBIDDEN, true);

function isApi(url: string): boolean {
  return url.startsWith('/api/') || url.includes('/api/');
}

/** Session expiry (401) sends the user to the login page; a 403 shows "没有权限执行此操作". */
export const authErrorInterceptor: HttpInterceptorFn = (req, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const message = inject(NzMessageService);
  const translate = inject(TranslateService);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && isApi(req.url)) {
        if (error.status === 401 && !UNAUTHORIZED_EXEMPT.some((path) => req.url.endsWith(path))) {
          auth.clear();
          const current = router.url;
          const queryParams =
            current && !current.startsWith('/login') && current !== '/'
              ? { returnUrl: current }
              : {};
          void router.navigate(['/login'], { queryParams });
        } else if (error.status === 403 && !req.context.get(QUIET_FORBIDDEN)) {
          message.error(translate.instant('errors.forbidden'));
        }
      }
      return throwError(() => error);
    }),
  );
};
