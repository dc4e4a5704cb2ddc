import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  CanActivateFn,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';
import { provideApiConfiguration } from '../../api/api-configuration';
import { CurrentUserDto } from '../../api/models/current-user-dto';
import { authGuard, permissionGuard } from './auth.guards';

const user = (overrides: Partial<CurrentUserDto> = {}): CurrentUserDto => ({
  id: '00000000-0000-0000-0000-000000000001',
  userName: 'zhangsan',
  displayName: '张三',
  departmentId: null,
  departmentName: '发改局',
  roles: ['管理员'],
  permissions: ['Leads.View'],
  mustChangePassword: false,
  ...overrides,
});

describe('route guards', () => {
  let http: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  function run(guard: CanActivateFn, url: string): Promise<boolean | UrlTree> {
    const result = TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    ) as Observable<boolean | UrlTree>;
    return firstValueFrom(result);
  }

  it('sends an anonymous visitor to /login with the requested url as returnUrl', async () => {
    const result = run(authGuard, '/admin/users?page=2');
    http.expectOne('/api/account/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    expect(router.serializeUrl((await result) as UrlTree)).toBe(
      '/login?returnUrl=%2Fadmin%2Fusers%3Fpage%3D2',
    );
  });

  it('asks the server for the current user only once', async () => {
    const first = run(authGuard, '/');
    http.expectOne('/api/account/me').flush(user());
    expect(await first).toBe(true);
    expect(await run(authGuard, '/leads')).toBe(true);
    http.expectNone('/api/account/me');
  });

  it('sends a user who must change the password to the change-password page', async () => {
    const result = run(authGuard, '/');
    http.expectOne('/api/account/me').flush(user({ mustChangePassword: true }));
    expect(router.serializeUrl((await result) as UrlTree)).toBe('/account/change-password');
  });

  it('lets a user holding the permission through', async () => {
    const result = run(permissionGuard('Leads.View'), '/leads');
    http.expectOne('/api/account/me').flush(user());
    expect(await result).toBe(true);
  });

  it('redirects a user lacking the permission to the home page', async () => {
    const result = run(permissionGuard('Identity.Users.View'), '/admin/users');
    http.expectOne('/api/account/me').flush(user());
    expect(router.serializeUrl((await result) as UrlTree)).toBe('/');
  });
});
