import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { CurrentUserDto } from '../../../api/models/current-user-dto';
import { APP_ICONS } from '../../../core/icons';
import { LoginPage, safeReturnUrl } from './login-page';

const user = (mustChangePassword: boolean) =>
  ({
    id: '1',
    userName: 'admin',
    displayName: '管理员',
    mustChangePassword,
    permissions: [],
    roles: [],
  }) as unknown as CurrentUserDto;

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let router: Router;

  async function setUp(returnUrl: string | null = null) {
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: { queryParamMap: convertToParamMap(returnUrl ? { returnUrl } : {}) },
          },
        },
      ],
    });
    TestBed.inject(TranslateService).setTranslation('zh-CN', {
      login: { tooManyAttempts: '登录尝试过于频繁，请稍后再试' },
    });
    TestBed.inject(TranslateService).use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    vi.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
  }

  async function submit(userName = 'admin', password = 'Secret#123') {
    const el = fixture.nativeElement as HTMLElement;
    const type = (testId: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('login-username', userName);
    type('login-password', password);
    el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')!.click();
    await fixture.whenStable();
  }

  const errorText = () =>
    (fixture.nativeElement as HTMLElement)
      .querySelector('[data-testid="login-error"]')
      ?.textContent?.trim();

  it('posts the credentials and goes to the returnUrl', async () => {
    await setUp('/admin/users');
    await submit();
    const request = http.expectOne('/api/account/login');
    expect(request.request.body).toEqual({ userName: 'admin', password: 'Secret#123' });
    request.flush(user(false));
    expect(router.navigateByUrl).toHaveBeenCalledWith('/admin/users');
  });

  it('goes to the change-password page when the server says so', async () => {
    await setUp('/admin/users');
    await submit();
    http.expectOne('/api/account/login').flush(user(true));
    expect(router.navigateByUrl).toHaveBeenCalledWith('/account/change-password');
  });

  it("shows the server's problem title on a failed login", async () => {
    await setUp();
    await submit();
    http
      .expectOne('/api/account/login')
      .flush(
        { title: '用户名或密码错误', status: 400 },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(errorText()).toBe('用户名或密码错误');
  });

  it('explains a 429 as too many attempts', async () => {
    await setUp();
    await submit();
    http
      .expectOne('/api/account/login')
      .flush({ title: 'Too Many Requests' }, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();
    expect(errorText()).toBe('登录尝试过于频繁，请稍后再试');
  });

  it('does not submit an empty form', async () => {
    await setUp();
    await submit('', '');
    http.expectNone('/api/account/login');
  });
});

describe('safeReturnUrl', () => {
  it('follows only local paths', () => {
    expect(safeReturnUrl('/reserve?page=2')).toBe('/reserve?page=2');
    expect(safeReturnUrl('//evil.example.com')).toBe('/');
    expect(safeReturnUrl('https://evil.example.com')).toBe('/');
    expect(safeReturnUrl('/login?returnUrl=%2F')).toBe('/');
    expect(safeReturnUrl(null)).toBe('/');
  });
});
