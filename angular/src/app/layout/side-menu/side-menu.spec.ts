import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { CurrentUserDto } from '../../api/models/current-user-dto';
import { AuthService } from '../../core/auth/auth.service';
import { APP_ICONS } from '../../core/icons';
import { MENU_ITEMS, visibleMenuItems } from './menu-items';
import { SideMenu } from './side-menu';

async function renderMenu(permissions: string[]): Promise<HTMLElement> {
  const user = signal({ permissions } as CurrentUserDto);
  TestBed.configureTestingModule({
    imports: [SideMenu],
    providers: [
      provideRouter([]),
      provideTranslateService(),
      provideNzIcons(APP_ICONS),
      {
        provide: AuthService,
        useValue: { user, hasPermission: (p: string) => permissions.includes(p) },
      },
    ],
  });
  const fixture = TestBed.createComponent(SideMenu);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const testIds = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid'));

describe('SideMenu', () => {
  it('shows only the home item to a user without permissions', async () => {
    expect(testIds(await renderMenu([]))).toEqual(['menu-home']);
  });

  it('shows the business items the user may view', async () => {
    const ids = testIds(await renderMenu(['Leads.View', 'Scheduling.View']));
    expect(ids).toEqual([
      'menu-home',
      'menu-leads',
      'menu-leads-board',
      'menu-leads-list',
      'menu-leads-funnel',
      'menu-leads-industries',
      'menu-scheduling',
      'menu-scheduling-progress',
      'menu-scheduling-statistics',
      'menu-scheduling-dashboard',
      'menu-scheduling-warnings',
      'menu-scheduling-problems',
      'menu-scheduling-inspections',
      'menu-scheduling-briefs',
    ]);
  });

  it('shows 年度计划 right after 项目库 to a Reserve.View user', async () => {
    const root = await renderMenu(['Reserve.View']);
    expect(testIds(root)).toEqual(['menu-home', 'menu-reserve', 'menu-plan']);
    expect(root.querySelector('[data-testid="menu-plan"]')!.textContent).toContain('menu.plan');
  });

  it('shows 系统管理 with only the permitted admin pages', async () => {
    const ids = testIds(await renderMenu(['Identity.Users.View', 'Identity.AuditLogs.View']));
    expect(ids).toEqual(['menu-home', 'menu-admin', 'menu-admin-users', 'menu-admin-audit-logs']);
  });
});

describe('visibleMenuItems for 前期审批', () => {
  it('shows 我的待办 only to a department that decides', () => {
    const approvals = (permissions: string[]) =>
      visibleMenuItems(MENU_ITEMS, (p) => permissions.includes(p))
        .find((i) => i.testId === 'menu-approvals')
        ?.children?.map((i) => i.link);
    expect(approvals(['Approvals.View', 'Approvals.Decide'])).toEqual([
      '/approvals/inbox',
      '/approvals/returned',
      '/approvals/instances',
      '/approvals/templates',
      '/approvals/calendar',
    ]);
    expect(approvals(['Approvals.View'])).toEqual([
      '/approvals/returned',
      '/approvals/instances',
      '/approvals/templates',
      '/approvals/calendar',
    ]);
    expect(approvals(['Approvals.Decide'])).toBeUndefined();
  });
});

describe('visibleMenuItems', () => {
  it('keeps every item for a user holding every permission', () => {
    const all = visibleMenuItems(MENU_ITEMS, () => true);
    expect(all.map((i) => i.testId)).toEqual([
      'menu-home',
      'menu-leads',
      'menu-signed-contracts',
      'menu-reserve',
      'menu-plan',
      'menu-approvals',
      'menu-scheduling',
      'menu-admin',
    ]);
    expect(all.at(-1)!.children!.map((i) => i.link)).toEqual([
      '/admin/users',
      '/admin/departments',
      '/admin/roles',
      '/admin/audit-logs',
    ]);
  });
});
