import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { appConfig } from './app.config';

describe('appConfig', () => {
  beforeEach(() => localStorage.clear());

  it('loads the Chinese translations at start-up (the loader must not loop through the interceptors)', async () => {
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const started = TestBed.inject(ApplicationInitStatus).donePromise;
    http.expectOne('i18n/zh-CN.json').flush({ app: { title: '投资项目全流程管理系统' } });
    await started;
    expect(TestBed.inject(TranslateService).instant('app.title')).toBe('投资项目全流程管理系统');
  });

  it('sends API calls to the same origin', () => {
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    http.match('i18n/zh-CN.json').forEach((r) => r.flush({}));
    TestBed.inject(HttpClient)
      .get('/api/account/me')
      .subscribe({ error: () => undefined });
    http.expectOne('/api/account/me');
  });
});
