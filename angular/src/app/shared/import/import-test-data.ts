import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import zh from '../../../../public/i18n/zh-CN.json';
import { provideApiConfiguration } from '../../api/api-configuration';
import { DepartmentOptionDto } from '../../api/models/department-option-dto';
import { AuthService } from '../../core/auth/auth.service';
import { APP_ICONS } from '../../core/icons';
import { Permissions } from '../../core/permissions';
import { ImportInvalidProblem, UnknownName } from './import-problems';

/** What the import specs provide: HTTP under test, icons, a fake message, the user's permissions. */
export function importTestProviders(
  permissions: string[] = [],
  message: Partial<NzMessageService> = { success: vi.fn(), error: vi.fn() },
): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    provideApiConfiguration(''),
    provideTranslateService(),
    provideNzIcons(APP_ICONS),
    { provide: NzMessageService, useValue: message },
    {
      provide: AuthService,
      useValue: { hasPermission: (p: string) => permissions.includes(p), user: () => null },
    },
  ];
}

/** The Chinese texts, as the user reads them. */
export function useChinese(): void {
  const translate = TestBed.inject(TranslateService);
  translate.setTranslation('zh-CN', zh);
  translate.use('zh-CN');
}

export const ALIASES = [Permissions.departmentAliasesAdd];

export const PLACES: DepartmentOptionDto[] = [
  { id: 'd-hud', parentId: 'd-gov', name: '区住房和城乡建设局', code: 'HUD', isTown: false },
  { id: 'd-drc', parentId: 'd-gov', name: '区发展和改革委员会', code: 'DRC', isTown: false },
  { id: 't-shy', parentId: null, name: '石灰窑回族乡', code: 'SHY', isTown: true },
  { id: 't-pa', parentId: null, name: '平安镇', code: 'PA', isTown: true },
];

export function unknownName(written: string, overrides: Partial<UnknownName> = {}): UnknownName {
  return {
    column: '责任单位',
    written,
    scope: 'Any',
    rows: [5],
    suggestions: [{ id: 'd-hud', name: '区住房和城乡建设局' }],
    ...overrides,
  };
}

/** A 422 ImportInvalid body as the server sends it. */
export function refusal(overrides: Partial<ImportInvalidProblem> = {}): ImportInvalidProblem & {
  title: string;
  status: number;
} {
  const problems = overrides.problems ?? [
    { row: 5, column: '责任单位', value: '区住建委', message: '无法识别「区住建委」', cell: 'M5' },
  ];
  return {
    title: '无法处理',
    status: 422,
    code: 'ImportInvalid',
    detail: `导入未执行：发现 ${problems.length} 处错误，请修改后重新导入（未作任何修改）。`,
    problemCount: problems.length,
    problems,
    warnings: [],
    skipped: [],
    unknownNames: [],
    ...overrides,
  };
}

export const clearOverlays = () =>
  document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());

export const byTestId = <T extends HTMLElement = HTMLElement>(
  id: string,
  root: ParentNode = document,
) => root.querySelector<T>(`[data-testid="${id}"]`);

export const allByTestId = (id: string, root: ParentNode = document) =>
  Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
