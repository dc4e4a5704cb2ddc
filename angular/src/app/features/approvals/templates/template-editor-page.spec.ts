import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { TemplateSummaryDto } from '../../../api/models/template-summary-dto';
import { TemplateVersionDto } from '../../../api/models/template-version-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { Permissions } from '../../../core/permissions';
import { TemplateEditorPage } from './template-editor-page';
import { TemplateStepTable } from './template-step-table';
import { EditableStep } from './template-rules';
import {
  departmentOptions,
  templateSummary,
  versionDto,
  versionSummary,
} from './template-test-data';

const base = '/api/approvals/templates';

type EditorApi = {
  patch(index: number, patch: Partial<EditableStep>): void;
  add(): void;
  move(index: number, by: -1 | 1): void;
};

// a page of tables, selects and a modal: on a loaded machine one test can take longer than the default 5 s
describe('TemplateEditorPage', { timeout: 20000 }, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<TemplateEditorPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const all = (id: string) => [...el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const editor = () =>
    fixture.debugElement.query(By.directive(TemplateStepTable)).componentInstance as EditorApi;
  const withDraft = templateSummary({ draft: versionSummary(2, 'Draft') });

  function expectLoad(template: TemplateSummaryDto, shown: TemplateVersionDto) {
    http.expectOne(base).flush([template]);
    http
      .expectOne(`${base}/t1/versions`)
      .flush(
        [versionSummary(2, 'Draft'), versionSummary(1, 'Published', true)].slice(
          template.draft ? 0 : 1,
        ),
      );
    http.expectOne('/api/identity/department-options').flush(departmentOptions);
    http.expectOne(`${base}/t1/versions/${shown.id}`).flush(shown);
  }

  async function render(
    permissions: string[],
    template: TemplateSummaryDto = withDraft,
    shown: TemplateVersionDto = versionDto(2, 'Draft'),
  ) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [TemplateEditorPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
        {
          provide: AuthService,
          useValue: { hasPermission: (p: string) => permissions.includes(p) },
        },
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { paramMap: convertToParamMap({ id: 't1' }) } },
        },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', {
      approvals: { templates: { rules: { cycle: '循环依赖：{{path}}' } } },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TemplateEditorPage);
    expectLoad(template, shown);
    await fixture.whenStable();
  }

  const click = async (id: string) => {
    testId(id)!.click();
    await fixture.whenStable();
  };
  const typeName = async (row: number, text: string) => {
    const input = all('step-name')[row] as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('opens the draft for editing and saves the whole step list with the stamp as read', async () => {
    await render([Permissions.approvalsManage]);
    expect(all('step-row').length).toBe(3);
    await typeName(0, ' 企业投资项目备案 ');
    editor().move(2, -1);
    await fixture.whenStable();
    await click('template-save');

    const request = http.expectOne(`${base}/t1/draft`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body.concurrencyStamp).toBe('stamp-1');
    expect(request.request.body.steps.map((s: EditableStep) => [s.code, s.prerequisites])).toEqual([
      ['FILING', []],
      ['PERMIT', ['EIA']],
      ['EIA', ['FILING']],
    ]);
    expect(request.request.body.steps[0]).toEqual({
      code: 'FILING',
      name: '企业投资项目备案',
      departmentCode: 'DRC',
      timeLimitDays: 20,
      requiredDocuments: ['申请表'],
      prerequisites: [],
      source: 'National',
      basis: '《企业投资项目核准和备案管理条例》',
    });
    request.flush(versionDto(2, 'Draft', { concurrencyStamp: 'stamp-2' }));
    http.expectOne(`${base}/t1/versions`).flush([versionSummary(2, 'Draft')]);
    await fixture.whenStable();
    expect(message.success).toHaveBeenCalledWith('approvals.templates.draftSaved');
  });

  it('refuses to send a cycle and names it on the steps concerned', async () => {
    await render([Permissions.approvalsManage]);
    editor().patch(0, { prerequisites: ['PERMIT'] });
    await fixture.whenStable();
    await click('template-save');

    http.expectNone(`${base}/t1/draft`);
    const expected =
      '循环依赖：“项目备案”（FILING） → “环评审批”（EIA） → “施工许可”（PERMIT） → “项目备案”（FILING）';
    expect(testId('template-problems')!.textContent).toContain(expected);
    expect(all('step-problems').length).toBe(3);
    expect(all('step-problems')[0].textContent).toContain(expected);
    expect((testId('template-publish') as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows the server's refusal on the step it names", async () => {
    await render([Permissions.approvalsManage]);
    await typeName(2, '施工许可证核发');
    await click('template-save');
    http.expectOne(`${base}/t1/draft`).flush(
      {
        status: 400,
        errors: {
          'steps[2].departmentCode': ['步骤“施工许可证核发”（PERMIT）的办理部门“DRC”不存在。'],
          'steps[0].basis': ['第 1 个步骤：依据说明最多 500 个字符'],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const problems = all('step-problems').map((p) => p.textContent!.trim());
    expect(problems).toEqual([
      '第 1 个步骤：依据说明最多 500 个字符',
      '步骤“施工许可证核发”（PERMIT）的办理部门“DRC”不存在。',
    ]);
    expect(message.error).toHaveBeenCalledWith('approvals.templates.refused');
  });

  it('says clearly when someone else changed the template first (409) and reloads on request', async () => {
    await render([Permissions.approvalsManage]);
    await typeName(0, '项目备案（改）');
    await click('template-save');
    http
      .expectOne(`${base}/t1/draft`)
      .flush(
        { status: 409, detail: '该审批模板已被他人修改（或已发布新版本），请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();

    expect(message.error).toHaveBeenCalledWith(
      '该审批模板已被他人修改（或已发布新版本），请刷新后重试。',
    );
    expect(testId('template-stale')).not.toBeNull();
    expect((testId('template-save') as HTMLButtonElement).disabled).toBe(true);
    await click('template-reload');
    expectLoad(withDraft, versionDto(2, 'Draft', { concurrencyStamp: 'stamp-3' }));
    await fixture.whenStable();
    expect(testId('template-stale')).toBeNull();
  });

  it('publishes the saved draft only after confirmation, with the stamp', async () => {
    await render([Permissions.approvalsManage]);
    await click('template-publish');
    expect(document.querySelector('[data-testid="publish-confirm"]')).not.toBeNull();
    http.expectNone(`${base}/t1/versions/v2/publish`);
    document.querySelector<HTMLElement>('[data-testid="publish-confirm-ok"]')!.click();
    await fixture.whenStable();

    const request = http.expectOne(`${base}/t1/versions/v2/publish`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ concurrencyStamp: 'stamp-1' });
    request.flush(versionDto(2, 'Published', { concurrencyStamp: 'stamp-4' }));
    http.expectOne(`${base}/t1/versions`).flush([versionSummary(2, 'Published', true)]);
    await fixture.whenStable();
    expect(message.success).toHaveBeenCalledWith('approvals.templates.published');
    expect(testId('template-save')).toBeNull();
    expect(testId('template-shown')!.textContent).toContain(
      'approvals.templates.publishedReadOnly',
    );
  });

  it('does not publish unsaved edits', async () => {
    await render([Permissions.approvalsManage]);
    await typeName(0, '项目备案（改）');
    expect((testId('template-publish') as HTMLButtonElement).disabled).toBe(true);
  });

  it('starts a new draft from the published version and saves it with an added step', async () => {
    await render([Permissions.approvalsManage], templateSummary(), versionDto(1, 'Published'));
    expect(all('step-name').length).toBe(0);
    await click('template-start-draft');
    editor().add();
    await fixture.whenStable();
    await typeName(3, '竣工验收');
    await click('template-save');
    http.expectNone(`${base}/t1/draft`); // the new step has no department yet
    expect(all('step-problems').at(-1)!.textContent).toContain(
      'approvals.templates.rules.department',
    );
    editor().patch(3, { departmentCode: 'EEB' });
    await fixture.whenStable();
    await click('template-save');

    const request = http.expectOne(`${base}/t1/draft`);
    expect(request.request.body.steps.at(-1)).toEqual(
      expect.objectContaining({
        code: 'STEP_4',
        name: '竣工验收',
        prerequisites: ['PERMIT'],
        departmentCode: 'EEB',
      }),
    );
    request.flush(versionDto(2, 'Draft'));
    http.expectOne(`${base}/t1/versions`).flush([versionSummary(2, 'Draft')]);
  });

  it('shows everything read-only without Approvals.Manage', async () => {
    await render([Permissions.approvalsView]);
    expect(all('step-name').length).toBe(0);
    expect(all('step-name-text').map((e) => e.textContent!.trim())).toEqual([
      '项目备案',
      '环评审批',
      '施工许可',
    ]);
    expect(testId('template-save')).toBeNull();
    expect(testId('template-publish')).toBeNull();
    expect(testId('step-add')).toBeNull();
    expect(testId('template-start-draft')).toBeNull();
    expect(all('dependency-layer').length).toBe(3);
  });
});
