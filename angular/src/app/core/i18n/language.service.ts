import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { Observable } from 'rxjs';

export type AppLanguage = 'zh-CN' | 'en';
export const LANGUAGE_STORAGE_KEY = 'ip.lang';
export const DEFAULT_LANGUAGE: AppLanguage = 'zh-CN';

/** The active UI language: ngx-translate, ng-zorro's locale, <html lang> and localStorage move together. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly nzI18n = inject(NzI18nService);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<AppLanguage>(DEFAULT_LANGUAGE);

  readonly current = this.state.asReadonly();

  /** Starts with the stored choice, Chinese otherwise. */
  init(): Observable<unknown> {
    return this.use(this.stored() ?? DEFAULT_LANGUAGE);
  }

  use(language: AppLanguage): Observable<unknown> {
    this.state.set(language);
    this.nzI18n.setLocale(language === 'en' ? en_US : zh_CN);
    this.document.documentElement.lang = language;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // storage unavailable (private mode): the choice lasts for this page only
    }
    return this.translate.use(language);
  }

  toggle(): Observable<unknown> {
    return this.use(this.state() === 'zh-CN' ? 'en' : 'zh-CN');
  }

  private stored(): AppLanguage | null {
    try {
      const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return value === 'zh-CN' || value === 'en' ? value : null;
    } catch {
      return null;
    }
  }
}
