import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { NzI18nService, en_US, provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { firstValueFrom } from 'rxjs';
import { LANGUAGE_STORAGE_KEY, LanguageService } from './language.service';

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideTranslateService(), provideNzI18n(zh_CN)],
    });
  });

  function setUp() {
    return {
      language: TestBed.inject(LanguageService),
      translate: TestBed.inject(TranslateService),
      nzI18n: TestBed.inject(NzI18nService),
    };
  }

  it('starts in Chinese when nothing is stored', async () => {
    const { language, translate, nzI18n } = setUp();
    await firstValueFrom(language.init());
    expect(language.current()).toBe('zh-CN');
    expect(translate.getCurrentLang()).toBe('zh-CN');
    expect(nzI18n.getLocaleId()).toBe(zh_CN.locale);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('restores the stored choice', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { language, translate } = setUp();
    await firstValueFrom(language.init());
    expect(language.current()).toBe('en');
    expect(translate.getCurrentLang()).toBe('en');
  });

  it('toggle flips ngx-translate, the ng-zorro locale, <html lang> and localStorage together', async () => {
    const { language, translate, nzI18n } = setUp();
    await firstValueFrom(language.init());

    await firstValueFrom(language.toggle());
    expect(language.current()).toBe('en');
    expect(translate.getCurrentLang()).toBe('en');
    expect(nzI18n.getLocaleId()).toBe(en_US.locale);
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    await firstValueFrom(language.toggle());
    expect(translate.getCurrentLang()).toBe('zh-CN');
    expect(nzI18n.getLocaleId()).toBe(zh_CN.locale);
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
  });
});
