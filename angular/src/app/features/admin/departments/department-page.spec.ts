import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { DepartmentDto } from '../../../api/models/department-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { DepartmentPage } from './department-page';

const department = (
  id: string,
  parentId: string | null,
  name: string,
  aliases: string[],
): DepartmentDto => ({
  id,
  parentId,
  name,
  code: id.toUpperCase(),
  sortOrder: 1,
  userCount: 0,
  concurrencyStamp: `stamp-${id}`,
  aliases,
});

const flat = [
  department('gov', null, '区政府', ['区人民政府']),
  department('drc', 'gov', '区发展和改革委员会', ['发改委', '区发改委']),
  department('town', 'gov', '石灰窑回族乡', ['石灰窑']),
];

describe('DepartmentPage', () => {
  let fixture: ComponentFixture<DepartmentPage>;
  let http: HttpTestingController;

  async function render(permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [DepartmentPage],
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
    fixture = TestBed.createComponent(DepartmentPage);
    http.expectOne('/api/identity/departments').flush(flat);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const page = () =>
    fixture.componentInstance as unknown as {
      selectedId: { set(id: string): void };
      editingAliases(): DepartmentDto | null;
      onAliasesSaved(saved: DepartmentDto): void;
    };

  it('shows the aliases of departments and towns as tags in the tree', async () => {
    const el = await render(['Identity.Departments.View']);
    const tags = [...el.querySelectorAll('[data-testid="department-alias-tag"]')].map((t) =>
      t.textContent?.trim(),
    );
    expect(tags).toEqual(['区人民政府', '发改委', '区发改委', '石灰窑']);
  });

  it('lets a manager edit the aliases of the selected department and shows the saved list', async () => {
    const el = await render(['Identity.Departments.View', 'Identity.Departments.Manage']);
    page().selectedId.set('drc');
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="department-aliases"]')!.textContent).toContain(
      '区发改委',
    );

    (el.querySelector('[data-testid="department-edit-aliases"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(page().editingAliases()?.id).toBe('drc');
    expect(document.querySelector('[data-testid="department-aliases-select"]')).not.toBeNull();

    page().onAliasesSaved({ ...flat[1], aliases: ['发改局'], concurrencyStamp: 'stamp-2' });
    await fixture.whenStable();
    expect(page().editingAliases()).toBeNull();
    expect(el.querySelector('[data-testid="department-aliases"]')!.textContent).toContain('发改局');
  });

  it('offers no alias editing to a user who may only view', async () => {
    const el = await render(['Identity.Departments.View']);
    page().selectedId.set('drc');
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="department-aliases"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="department-edit-aliases"]')).toBeNull();
  });
});
