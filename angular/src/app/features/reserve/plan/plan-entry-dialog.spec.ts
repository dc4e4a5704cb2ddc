import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { ModalOptions, NzModalService } from 'ng-zorro-antd/modal';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { PlanEntryDto } from '../../../api/models/plan-entry-dto';
import { APP_ICONS } from '../../../core/icons';
import { PlanEntryDialog } from './plan-entry-dialog';
import { PlanEntryForm } from './plan-entry-model';
import { planEntry } from './plan-test-data';

const year = 2026;
const entriesUrl = `/api/reserve/plans/${year}/entries`;

describe('PlanEntryDialog', () => {
  let fixture: ComponentFixture<PlanEntryDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(entry: PlanEntryDto | null) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [PlanEntryDialog],
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
    fixture = TestBed.createComponent(PlanEntryDialog);
    fixture.componentRef.setInput('year', year);
    fixture.componentRef.setInput('entry', entry);
    await fixture.whenStable();
    if (!entry) {
      const picker = http.expectOne((r) => r.url === '/api/reserve/projects');
      expect(picker.request.params.get('reviewStatus')).toBe('Accepted');
      picker.flush({ items: [{ ...planEntry(year).project }], totalCount: 1 });
    }
  }

  const dialog = () =>
    fixture.componentInstance as unknown as { form: PlanEntryForm; submit(allow?: boolean): void };

  it('requires a start month in the plan year for 新建, and planned ≤ total', async () => {
    await open(null);
    const form = dialog().form;
    form.patchValue({ projectId: 'p1', type: 'New', plannedInvestment: 60_000 });
    dialog().submit();
    http.expectNone(entriesUrl);
    expect(form.controls.plannedStartMonth.errors).toEqual({ required: true });
    expect(form.controls.plannedInvestment.errors).toEqual({
      exceedsTotal: { total: '50,000.00' },
    });
    form.patchValue({ plannedStartMonth: new Date(year + 1, 0, 1) });
    expect(form.controls.plannedStartMonth.errors).toEqual({ outsideYear: { year } });
    form.patchValue({ type: 'Continuing', plannedStartMonth: null });
    expect(form.controls.plannedStartMonth.errors).toBeNull();
    form.patchValue({
      plannedStartMonth: new Date(year, 5, 1),
      plannedCompletionMonth: new Date(year, 2, 1),
    });
    expect(form.controls.plannedCompletionMonth.errors).toEqual({ completionBeforeStart: true });
    form.patchValue({ phone: 'abc' });
    expect(form.controls.phone.errors).toHaveProperty('pattern');
  });

  it('adds a library project by id, in yuan and first-of-month dates', async () => {
    await open(null);
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog().form.patchValue({
      projectId: 'p1',
      type: 'New',
      plannedInvestment: 12_345.67,
      plannedStartMonth: new Date(year, 2, 18),
      plannedCompletionMonth: new Date(year + 1, 9, 1),
      leader: ' 王副区长 ',
      phone: '0971-1234567',
      serialNo: 3,
    });
    dialog().submit();
    const request = http.expectOne({ method: 'POST', url: entriesUrl });
    expect(request.request.body).toEqual({
      projectId: 'p1',
      type: 'New',
      plannedInvestment: 123_456_700,
      plannedStartMonth: `${year}-03-01`,
      plannedCompletionMonth: `${year + 1}-10-01`,
      leader: '王副区长',
      responsiblePerson: null,
      phone: '0971-1234567',
      fundingNote: null,
      serialNo: 3,
    });
    expect(request.request.body.newProject).toBeUndefined();
    const added = planEntry(year);
    request.flush(added, { status: 201, statusText: 'Created' });
    expect(saved).toHaveBeenCalledWith(added);
    expect(message.success).toHaveBeenCalled();
  });

  it('adds a new project instead of an id and confirms a similar name', async () => {
    await open(null);
    const confirm = vi
      .spyOn(NzModalService.prototype, 'confirm')
      .mockImplementation((options?: ModalOptions) => {
        (options!.nzOnOk as () => void)();
        return undefined as never;
      });
    const form = dialog().form;
    form.controls.mode.setValue('new');
    form.patchValue({
      type: 'ToStart',
      plannedInvestment: 100,
      plannedStartMonth: new Date(year, 8, 1),
    });
    dialog().submit();
    http.expectNone(entriesUrl);
    expect(form.controls.newProject.controls.name.errors).toHaveProperty('required');
    form.controls.newProject.patchValue({
      name: ' 湟中路 ',
      regime: 'Approval',
      sectorCode: 'Transport',
      responsibleDepartmentId: 'd1',
      projectUnit: '区住建局',
      maturity: 'Preliminary',
      totalInvestment: 5_000,
    });
    dialog().submit();
    const first = http.expectOne({ method: 'POST', url: entriesUrl });
    expect(first.request.body.projectId).toBeUndefined();
    expect(first.request.body.newProject).toMatchObject({
      name: '湟中路',
      totalInvestment: 50_000_000,
      plannedStart: `${year}-09-01`,
    });
    expect(first.request.body.plannedInvestment).toBe(1_000_000);
    first.flush(
      {
        status: 409,
        code: 'Reserve.SimilarName',
        detail: '已有名称相近的项目',
        duplicates: [{ id: 'p9', name: '湟中路改造', code: null }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(confirm).toHaveBeenCalled();
    const again = http.expectOne({ method: 'POST', url: entriesUrl });
    expect(again.request.body.newProject.allowSimilarName).toBe(true);
    confirm.mockRestore();
  });

  it('shows the server refusal for a project already in the plan', async () => {
    await open(null);
    dialog().form.patchValue({ projectId: 'p1', type: 'Continuing', plannedInvestment: 10 });
    dialog().submit();
    http
      .expectOne({ method: 'POST', url: entriesUrl })
      .flush(
        { status: 409, code: 'Conflict', detail: `该项目已在 ${year} 年计划中。` },
        { status: 409, statusText: 'Conflict' },
      );
    expect(message.error).toHaveBeenCalledWith(`该项目已在 ${year} 年计划中。`);
  });

  it('edits the entry fields and the year’s values with the concurrency stamp and reports a stale edit', async () => {
    await open(planEntry(year));
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    const form = dialog().form;
    expect(form.controls.plannedInvestment.value).toBe(12_000);
    expect(form.controls.plannedStartMonth.value).toEqual(new Date(year, 2, 1));
    expect(form.controls.totalInvestment.value).toBe(30_000);
    expect(form.controls.projectUnit.value).toBe('区城投公司');
    form.patchValue({ plannedInvestment: 35_000 });
    expect(form.controls.plannedInvestment.hasError('exceedsTotal')).toBe(true);
    form.patchValue({
      plannedInvestment: 12_000,
      responsibleDepartmentId: 'd2',
      projectUnit: ' 区交通建设公司 ',
    });
    dialog().submit();
    const request = http.expectOne({ method: 'PUT', url: `${entriesUrl}/e1` });
    expect(request.request.body).toMatchObject({
      type: 'New',
      plannedInvestment: 120_000_000,
      sectorCode: 'Municipal',
      townId: 't2',
      responsibleDepartmentId: 'd2',
      projectUnit: '区交通建设公司',
      totalInvestment: 300_000_000,
      concurrencyStamp: 'stamp-e1',
    });
    expect(request.request.body.projectId).toBeUndefined();
    request.flush({ status: 409 }, { status: 409, statusText: 'Conflict' });
    expect(message.error).toHaveBeenCalledWith('该记录已被他人修改，请刷新后重试');
    expect(saved).toHaveBeenCalledWith(null);
  });
});
