import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { firstValueFrom } from 'rxjs';
import { provideApiConfiguration } from '../../api/api-configuration';
import { AuthService } from '../../core/auth/auth.service';
import { APP_ICONS } from '../../core/icons';
import { LanguageService } from '../../core/i18n/language.service';
import { Shell } from './shell';

describe('Shell header', () => {
  let fixture: ComponentFixture<Shell>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [Shell],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzI18n(zh_CN),
        provideNzIcons(APP_ICONS),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', { header: { logout: '退出登录' } });
    translate.setTranslation('en', { header: { logout: 'Sign out' } });
    await firstValueFrom(TestBed.inject(LanguageService).init());

    const auth = TestBed.inject(AuthService);
    const me = firstValueFrom(auth.ensureLoaded());
    http.expectOne('/api/account/me').flush({
      id: '1',
      userName: 'zhangsan',
      displayName: '张三',
      departmentId: 'd1',
      departmentName: '发改局',
      roles: [],
      permissions: [],
      mustChangePassword: false,
    });
    await me;
    fixture = TestBed.createComponent(Shell);
    el = fixture.nativeElement;
    await fixture.whenStable();
  });

  const text = (testId: string) =>
    el.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim();

  it('shows the signed-in user and department', () => {
    expect(text('header-user')).toBe('张三');
    expect(text('header-department')).toBe('发改局');
  });

  it('offers the other language and switches to it', async () => {
    expect(text('lang-switch')).toBe('English');
    expect(text('logout')).toBe('退出登录');
    el.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]')!.click();
    await fixture.whenStable();
    expect(text('lang-switch')).toBe('中文');
    expect(text('logout')).toBe('Sign out');
    expect(document.documentElement.lang).toBe('en');
  });

  it('logs out on the server, forgets the user and goes to /login', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    el.querySelector<HTMLButtonElement>('[data-testid="logout"]')!.click();
    http
      .expectOne({ method: 'POST', url: '/api/account/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(TestBed.inject(AuthService).user()).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login']);
  });
});
