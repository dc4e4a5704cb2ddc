import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { ModalOptions, NzModalService } from 'ng-zorro-antd/modal';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ProjectProgressDto } from '../../../api/models/project-progress-dto';
import { StartStatus } from '../../../api/models/start-status';
import { APP_ICONS } from '../../../core/icons';
import { ProgressReportDialog } from './progress-report-dialog';
import { ReportForm } from './progress-report-model';
import { monthlyReport, projectProgress } from './progress-test-data';

const year = 2025;
const month = 3;
const saveUrl = `/api/scheduling/progress/${year}/${month}/p1`;

describe('ProgressReportDialog', () => {
  let fixture: ComponentFixture<ProgressReportDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(item: ProjectProgressDto) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [ProgressReportDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', {
      errors: { concurrency: '该记录已被他人修改，请刷新后重试' },
      scheduling: {
        report: { cumulativeLine: '本年累计 {{cumulative}} 万元，占年度计划 {{rate}}' },
      },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProgressReportDialog);
    fixture.componentRef.setInput('month', { year, month });
    fixture.componentRef.setInput('item', item);
    fixture.componentRef.setInput('categories', [{ code: 'Land', name: '用地问题', sortOrder: 1 }]);
    await fixture.whenStable();
  }

  const dialog = () =>
    fixture.componentInstance as unknown as {
      form: ReportForm;
      statuses(): StartStatus[];
      submit(confirm?: boolean): void;
    };

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove()));

  it('offers only the statuses of the project type', async () => {
    await open(projectProgress(year, { type: 'ToStart', latestStatus: null }));
    expect(dialog().statuses()).toEqual(['Started', 'NotStarted', 'Completed']);
    expect(dialog().form.controls.status.value).toBeNull();
    TestBed.resetTestingModule();
    await open(projectProgress(year, { type: 'Continuing', latestStatus: 'Resumed' }));
    expect(dialog().statuses()).toEqual(['Resumed', 'NotResumed', 'Completed']);
    expect(dialog().form.controls.status.value).toBe('Resumed');
    expect(document.querySelector('[data-testid="report-project-name"]')!.textContent).toBe(
      '新平大道东延段',
    );
  });

  it('requires the start date once started, within today and the reported month', async () => {
    await open(projectProgress(year, { latestStatus: null }));
    const form = dialog().form;
    form.patchValue({ investmentThisMonth: 100, status: 'NotStarted' });
    expect(form.controls.actualStartDate.errors).toBeNull();
    form.patchValue({ status: 'Started' });
    dialog().submit();
    http.expectNone(saveUrl);
    expect(form.controls.actualStartDate.errors).toEqual({ required: true });
    form.patchValue({ actualStartDate: new Date(year, month, 1) });
    expect(form.controls.actualStartDate.errors).toEqual({
      startDateAfterMonth: { year, month },
    });
    form.patchValue({ actualStartDate: new Date(year, month - 1, 31) });
    expect(form.controls.actualStartDate.errors).toBeNull();
  });

  it('requires a category once a problem is written', async () => {
    await open(projectProgress(year));
    const form = dialog().form;
    form.patchValue({ investmentThisMonth: 0, actualStartDate: new Date(year, 1, 1) });
    form.patchValue({ problem: '资金未到位' });
    expect(form.controls.problemCategoryCode.errors).toEqual({ required: true });
    form.patchValue({ problemCategoryCode: 'Land' });
    expect(form.controls.problemCategoryCode.errors).toBeNull();
  });

  it('sends a new report in yuan with its day, without a stamp, and shows the live cumulative', async () => {
    await open(projectProgress(year));
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog().form.patchValue({
      investmentThisMonth: 1_500.25,
      status: 'Started',
      actualStartDate: new Date(year, 2, 10),
      progress: ' 基础施工 ',
      inStatistics: false,
    });
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="report-cumulative"]')!.textContent).toContain(
      '本年累计 4,500.25 万元，占年度计划 37.5%',
    );
    dialog().submit();
    const request = http.expectOne({ method: 'PUT', url: saveUrl });
    expect(request.request.body).toEqual({
      investmentThisMonth: 15_002_500,
      status: 'Started',
      actualStartDate: `${year}-03-10`,
      progress: '基础施工',
      inStatistics: false,
      problem: null,
      problemCategoryCode: null,
      confirmOverPlan: false,
    });
    const answer = projectProgress(year, { report: monthlyReport(year) });
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
    expect(message.success).toHaveBeenCalled();
  });

  it('asks to confirm a cumulative above the plan and sends again with confirmOverPlan', async () => {
    await open(projectProgress(year));
    const confirm = vi
      .spyOn(NzModalService.prototype, 'confirm')
      .mockImplementation((options?: ModalOptions) => {
        (options!.nzOnOk as () => void)();
        return undefined as never;
      });
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog().form.patchValue({
      investmentThisMonth: 10_000,
      status: 'Started',
      actualStartDate: new Date(year, 2, 1),
    });
    dialog().submit();
    const detail =
      '本年累计完成投资 13,000.00 万元将超过年度计划投资 12,000.00 万元，请核实后确认提交。';
    http
      .expectOne({ method: 'PUT', url: saveUrl })
      .flush(
        { status: 422, code: 'Scheduling.OverAnnualPlan', detail },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    expect(confirm).toHaveBeenCalledWith(expect.objectContaining({ nzContent: detail }));
    expect(message.error).not.toHaveBeenCalled();
    const again = http.expectOne({ method: 'PUT', url: saveUrl });
    expect(again.request.body.confirmOverPlan).toBe(true);
    expect(again.request.body.investmentThisMonth).toBe(100_000_000);
    again.flush(projectProgress(year));
    expect(saved).toHaveBeenCalled();
    confirm.mockRestore();
  });

  it('edits an existing month with its stamp, and reports a stale edit', async () => {
    await open(projectProgress(year, { report: monthlyReport(year) }));
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    const form = dialog().form;
    expect(form.controls.investmentThisMonth.value).toBe(1_500);
    expect(form.controls.actualStartDate.value).toEqual(new Date(year, 2, 10));
    expect(form.controls.problemCategoryCode.value).toBe('Land');
    form.patchValue({ investmentThisMonth: 1_600 });
    dialog().submit();
    const request = http.expectOne({ method: 'PUT', url: saveUrl });
    expect(request.request.body).toMatchObject({
      investmentThisMonth: 16_000_000,
      problem: '征地拆迁滞后',
      problemCategoryCode: 'Land',
      concurrencyStamp: 'stamp-r1',
    });
    request.flush({ status: 409 }, { status: 409, statusText: 'Conflict' });
    expect(message.error).toHaveBeenCalledWith('该记录已被他人修改，请刷新后重试');
    expect(saved).toHaveBeenCalledWith(null);
  });

  it('shows the 现场照片 section: the hint before the first save, the photos of a saved month', async () => {
    await open(projectProgress(year));
    http.expectNone(`${saveUrl}/photos`);
    const section = document.querySelector('[data-testid="report-photos"]')!;
    expect(section.querySelector('[data-testid="report-photos-unsaved"]')!.textContent).toContain(
      'scheduling.photos.saveFirst',
    );
    TestBed.resetTestingModule();
    await open(projectProgress(year, { report: monthlyReport(year) }));
    http.expectOne({ method: 'GET', url: `${saveUrl}/photos` }).flush([]);
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="report-photos-unsaved"]')).toBeNull();
    expect(document.querySelector('[data-testid="report-photos-empty"]')).not.toBeNull();
  });

  it('puts a refused rule on its field', async () => {
    await open(projectProgress(year));
    const form = dialog().form;
    form.patchValue({ investmentThisMonth: 0, status: 'NotStarted' });
    dialog().submit();
    http.expectOne({ method: 'PUT', url: saveUrl }).flush(
      {
        status: 422,
        code: 'Scheduling.StartWithdrawn',
        detail: '该项目在之前月份已开(复)工，本月不能填报为未开(复)工',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    expect(form.controls.status.errors).toEqual({
      server: '该项目在之前月份已开(复)工，本月不能填报为未开(复)工',
    });
  });
});
