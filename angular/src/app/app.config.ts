import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';
import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslateHttpLoader } from '@ngx-translate/http-loader';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { catchError, firstValueFrom, of } from 'rxjs';
import { provideApiConfiguration } from './api/api-configuration';
import { routes } from './app.routes';
import { authErrorInterceptor } from './core/http/auth-error.interceptor';
import { APP_ICONS } from './core/icons';
import { DEFAULT_LANGUAGE, LanguageService } from './core/i18n/language.service';

// ng-zorro's date pickers format with Angular's formatDate in the zh-cn locale (provideNzI18n(zh_CN)).
registerLocaleData(zh);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(
      withInterceptors([authErrorInterceptor]),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    // The API is served from the same origin as the app.
    provideApiConfiguration(''),
    provideNzI18n(zh_CN),
    provideNzIcons(APP_ICONS),
    provideTranslateService({
      fallbackLang: DEFAULT_LANGUAGE,
      // Translation files bypass the interceptors (which themselves need TranslateService).
      loader: provideTranslateHttpLoader({
        prefix: 'i18n/',
        suffix: '.json',
        useHttpBackend: true,
      }),
    }),
    provideAppInitializer(() =>
      firstValueFrom(
        inject(LanguageService)
          .init()
          .pipe(catchError(() => of(null))),
      ),
    ),
  ],
};
