import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { UserDto } from '../../../api/models/user-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { UserListPage, userStatus } from './user-list-page';

const row = (overrides: Partial<UserDto> = {}): UserDto => ({
  id: 'u1',
  userName: 'lisi',
  displayName: '李四',
  departmentId: 'd1',
  departmentName: '招商局',
  phoneNumber: null,
  email: null,
  roles: ['staff'],
  isDisabled: false,
  isLockedOut: false,
  concurrencyStamp: 's',
  isDepartmentHead: false,
  ...overrides,
});

describe('UserListPage', () => {
  let fixture: ComponentFixture<UserListPage>;
  let http: HttpTestingController;

  async function render(permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [UserListPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        {
          provide: AuthService,
          useValue: { hasPermission: (p: string) => permissions.includes(p) },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UserListPage);
    http.expectOne('/api/identity/departments').flush([]);
    http.expectOne('/api/identity/roles').flush([
      {
        id: 'r',
        name: 'staff',
        displayName: '工作人员',
        description: null,
        permissions: [],
        userCount: 1,
        isStatic: false,
      },
    ]);
    const list = http.expectOne((r) => r.url === '/api/identity/users');
    expect(list.request.params.get('page')).toBe('1');
    expect(list.request.params.get('pageSize')).toBe('20');
    list.flush({ items: [row()], totalCount: 45 });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('hides the manage actions from a user who may only view', async () => {
    const el = await render(['Identity.Users.View']);
    expect(el.querySelector('[data-testid="user-create"]')).toBeNull();
    expect(el.querySelector('[data-testid="users-table"]')!.textContent).toContain('工作人员');
  });

  it('offers 新建用户 to a user who may manage, and pages on the server', async () => {
    const el = await render(['Identity.Users.View', 'Identity.Users.Manage']);
    expect(el.querySelector('[data-testid="user-create"]')).not.toBeNull();
    (fixture.componentInstance as unknown as { onPageIndex(p: number): void }).onPageIndex(3);
    const next = http.expectOne((r) => r.url === '/api/identity/users');
    expect(next.request.params.get('page')).toBe('3');
    next.flush({ items: [], totalCount: 45 });
  });

  it('exports with the same filters as the list', async () => {
    const el = await render(['Identity.Users.View']);
    fixture.componentInstance['filters'].setValue({ search: ' 李 ', departmentId: 'd1' });
    (el.querySelector('[data-testid="user-export"]') as HTMLButtonElement).click();
    const exported = http.expectOne((r) => r.url === '/api/identity/users/export');
    expect(exported.request.params.get('search')).toBe('李');
    expect(exported.request.params.get('departmentId')).toBe('d1');
    expect(exported.request.responseType).toBe('blob');
  });
});

describe('userStatus', () => {
  it('reports disabled before locked out before enabled', () => {
    expect(userStatus(row({ isDisabled: true, isLockedOut: true }))).toBe('disabled');
    expect(userStatus(row({ isLockedOut: true }))).toBe('locked');
    expect(userStatus(row())).toBe('enabled');
  });
});
