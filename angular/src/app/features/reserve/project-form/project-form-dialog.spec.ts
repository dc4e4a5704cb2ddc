import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { ModalOptions, NzModalService } from 'ng-zorro-antd/modal';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ProjectDto } from '../../../api/models/project-dto';
import { APP_ICONS } from '../../../core/icons';
import { ProjectForm, fundingRow } from './project-form-model';
import { ProjectFormDialog } from './project-form-dialog';

const existing: ProjectDto = {
  id: 'p1',
  name: '乐都路',
  code: null,
  regime: 'Approval',
  sectorCode: 'Transport',
  sectorName: '交通',
  townId: null,
  townName: null,
  responsibleDepartmentId: 'd1',
  responsibleDepartmentName: '区住建局',
  projectUnit: '区住建局',
  totalInvestment: 50_000_000,
  state: 'Reserve',
  plannedStart: '2025-03-01',
  plannedCompletion: null,
  maturity: 'Preliminary',
  reviewStatus: 'Draft',
  reviewComment: null,
  landPlan: '已纳入国土空间规划',
  feasibilityApproval: '区发改投资〔2025〕3号',
  revenuePlan: null,
  scope: null,
  fundingSources: [{ channel: 'SpecialBonds', amount: 30_000_000, isSecured: true, note: null }],
  securedFunding: 30_000_000,
  terminationReason: null,
  createdAt: '2025-01-01T00:00:00Z',
  concurrencyStamp: 'stamp-1',
};

describe('ProjectFormDialog', () => {
  let fixture: ComponentFixture<ProjectFormDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(project: ProjectDto | null) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [ProjectFormDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    TestBed.inject(TranslateService).setTranslation('zh-CN', {
      errors: { concurrency: '该记录已被他人修改，请刷新后重试' },
    });
    TestBed.inject(TranslateService).use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProjectFormDialog);
    fixture.componentRef.setInput('project', project);
    await fixture.whenStable();
  }

  const dialog = () =>
    fixture.componentInstance as unknown as { form: ProjectForm; submit(allow?: boolean): void };

  function fillValid() {
    const form = dialog().form;
    form.patchValue({
      name: ' 湟中路 ',
      regime: 'Filing',
      sectorCode: 'Transport',
      responsibleDepartmentId: 'd1',
      projectUnit: '区交通局',
      maturity: 'Mature',
      landPlan: ' 新增建设用地 12 亩 ',
      feasibilityApproval: ' 区发改投资〔2025〕9号 ',
      revenuePlan: '',
      totalInvestment: 12_345.67,
      plannedStart: new Date(2025, 4, 20),
      plannedCompletion: new Date(2026, 9, 3),
    });
    form.controls.fundingSources.push(
      fundingRow({ channel: 'DistrictFinance', amount: 0, isSecured: true, note: null }),
    );
    form.controls.fundingSources.at(0).patchValue({ amount: 0.01 });
  }

  it('sends 万元 as yuan and months as YYYY-MM-01', async () => {
    await open(null);
    fillValid();
    dialog().submit();
    const request = http.expectOne({ method: 'POST', url: '/api/reserve/projects' });
    expect(request.request.body).toEqual({
      name: '湟中路',
      code: null,
      regime: 'Filing',
      sectorCode: 'Transport',
      townId: null,
      responsibleDepartmentId: 'd1',
      projectUnit: '区交通局',
      scope: null,
      maturity: 'Mature',
      landPlan: '新增建设用地 12 亩',
      feasibilityApproval: '区发改投资〔2025〕9号',
      revenuePlan: null,
      totalInvestment: 123_456_700,
      fundingSources: [{ channel: 'DistrictFinance', amount: 100, isSecured: true, note: null }],
      plannedStart: '2025-05-01',
      plannedCompletion: '2026-10-01',
    });
    request.flush({ ...existing, id: 'p2' }, { status: 201, statusText: 'Created' });
    expect(message.success).toHaveBeenCalled();
  });

  it('rejects funding that adds up to more than the total, a bad code and completion before start', async () => {
    await open(null);
    fillValid();
    const form = dialog().form;
    form.controls.fundingSources.at(0).patchValue({ amount: 12_345.68 });
    form.patchValue({ code: '2023-63020-48', plannedCompletion: new Date(2025, 3, 1) });
    dialog().submit();
    http.expectNone('/api/reserve/projects');
    expect(form.errors).toEqual({ fundingExceedsTotal: true, completionBeforeStart: true });
    expect(form.controls.code.errors).toHaveProperty('pattern');
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="project-form-funding-error"]')).not.toBeNull();
    form.controls.fundingSources.at(0).patchValue({ amount: 12_345.67 });
    expect(form.errors?.['fundingExceedsTotal']).toBeUndefined();
  });

  it('requires 成熟度 and limits 用地计划 to 1000 characters', async () => {
    await open(null);
    fillValid();
    const form = dialog().form;
    form.patchValue({ maturity: null, landPlan: 'x'.repeat(1001) });
    dialog().submit();
    http.expectNone('/api/reserve/projects');
    expect(form.controls.maturity.errors).toHaveProperty('required');
    expect(form.controls.landPlan.errors).toHaveProperty('maxlength');
    form.patchValue({ maturity: 'Planning', landPlan: '' });
    dialog().submit();
    const request = http.expectOne({ method: 'POST', url: '/api/reserve/projects' });
    expect(request.request.body).toMatchObject({ maturity: 'Planning', landPlan: null });
  });

  it('limits 可研批复文号 to 100 and 收益与融资平衡方案 to 1000 characters', async () => {
    await open(null);
    fillValid();
    const form = dialog().form;
    form.patchValue({ feasibilityApproval: 'x'.repeat(101), revenuePlan: 'x'.repeat(1001) });
    dialog().submit();
    http.expectNone('/api/reserve/projects');
    expect(form.controls.feasibilityApproval.errors).toHaveProperty('maxlength');
    expect(form.controls.revenuePlan.errors).toHaveProperty('maxlength');
    form.patchValue({ feasibilityApproval: '', revenuePlan: ' 收费覆盖本息 ' });
    dialog().submit();
    const request = http.expectOne({ method: 'POST', url: '/api/reserve/projects' });
    expect(request.request.body).toMatchObject({
      feasibilityApproval: null,
      revenuePlan: '收费覆盖本息',
    });
  });

  it('asks before saving a similar name and resends with allowSimilarName', async () => {
    await open(null);
    const confirm = vi
      .spyOn(NzModalService.prototype, 'confirm')
      .mockImplementation((options?: ModalOptions) => {
        (options!.nzOnOk as () => void)();
        return undefined as never;
      });
    fillValid();
    dialog().submit();
    http.expectOne({ method: 'POST', url: '/api/reserve/projects' }).flush(
      {
        title: 'Conflict',
        status: 409,
        code: 'Reserve.SimilarName',
        detail: '已有名称相近的项目',
        duplicates: [{ id: 'p9', name: '湟中路改造', code: null }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(confirm).toHaveBeenCalled();
    const again = http.expectOne({ method: 'POST', url: '/api/reserve/projects' });
    expect(again.request.body.allowSimilarName).toBe(true);
    expect(again.request.body.name).toBe('湟中路');
    again.flush(existing, { status: 201, statusText: 'Created' });
    confirm.mockRestore();
  });

  it('marks the code on a duplicate code', async () => {
    await open(null);
    fillValid();
    dialog().form.patchValue({ code: '2023-630203-48-01-012345' });
    dialog().submit();
    http
      .expectOne({ method: 'POST', url: '/api/reserve/projects' })
      .flush(
        { status: 409, code: 'Reserve.DuplicateCode', detail: '项目代码已被“乐都路”使用' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(dialog().form.controls.code.errors).toEqual({ server: '项目代码已被“乐都路”使用' });
    expect(message.error).toHaveBeenCalledWith('项目代码已被“乐都路”使用');
  });

  it('edits with the concurrency stamp and reports a stale edit', async () => {
    await open(existing);
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    expect(dialog().form.controls.totalInvestment.value).toBe(5_000);
    expect(dialog().form.controls.fundingSources.at(0).controls.amount.value).toBe(3_000);
    dialog().form.patchValue({ name: '乐都路（东段）' });
    dialog().submit();
    const request = http.expectOne({ method: 'PUT', url: '/api/reserve/projects/p1' });
    expect(request.request.body).toMatchObject({
      name: '乐都路（东段）',
      totalInvestment: 50_000_000,
      plannedStart: '2025-03-01',
      maturity: 'Preliminary',
      landPlan: '已纳入国土空间规划',
      feasibilityApproval: '区发改投资〔2025〕3号',
      revenuePlan: null,
      fundingSources: [
        { channel: 'SpecialBonds', amount: 30_000_000, isSecured: true, note: null },
      ],
      concurrencyStamp: 'stamp-1',
    });
    request.flush({ status: 409, code: 'Conflict' }, { status: 409, statusText: 'Conflict' });
    expect(message.error).toHaveBeenCalledWith('该记录已被他人修改，请刷新后重试');
    expect(saved).toHaveBeenCalledWith(null);
  });
});
