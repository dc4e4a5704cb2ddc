import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../api/api-configuration';
import { AuthService } from '../auth/auth.service';
import { authErrorInterceptor, quietForbidden } from './auth-error.interceptor';

describe('authErrorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;
  let auth: AuthService;
  const message = { error: vi.fn() };

  beforeEach(() => {
    message.error.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authErrorInterceptor])),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        { provide: NzMessageService, useValue: message },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    auth = TestBed.inject(AuthService);
    vi.spyOn(router, 'navigate').mockResolvedValue(true);
    vi.spyOn(auth, 'clear');
  });

  function fail(url: string, status: number, options: Parameters<HttpClient['get']>[1] = {}): void {
    http.get(url, options).subscribe({ error: () => undefined });
    backend.expectOne(url).flush({ title: 'x' }, { status, statusText: 'error' });
  }

  it('clears the session and sends the user to /login when an API call answers 401', () => {
    fail('/api/identity/users', 401);
    expect(auth.clear).toHaveBeenCalled();
    expect(router.navigate).toHaveBeenCalledWith(['/login'], expect.anything());
  });

  it('leaves the 401 of /api/account/me and of the login call to their callers', () => {
    fail('/api/account/me', 401);
    fail('/api/account/login', 401);
    expect(router.navigate).not.toHaveBeenCalled();
    expect(auth.clear).not.toHaveBeenCalled();
  });

  it('shows the no-permission message on 403', () => {
    fail('/api/identity/roles', 403);
    expect(message.error).toHaveBeenCalledWith('errors.forbidden');
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('stays quiet on 403 when the request asked for it', () => {
    fail('/api/identity/roles', 403, { context: quietForbidden() });
    expect(message.error).not.toHaveBeenCalled();
  });

  it('ignores failures of non-API requests such as translation files', () => {
    fail('i18n/en.json', 401);
    expect(router.navigate).not.toHaveBeenCalled();
  });
});
