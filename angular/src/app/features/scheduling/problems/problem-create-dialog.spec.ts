import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { shanghaiToday } from '../../../shared/dates';
import { ProblemCreateDialog } from './problem-create-dialog';
import { ProblemForm } from './problems-model';
import { problemDto } from './problems-test-data';

const year = 2026;
const url = '/api/scheduling/problems';

describe('ProblemCreateDialog', () => {
  let fixture: ComponentFixture<ProblemCreateDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open() {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [ProblemCreateDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProblemCreateDialog);
    fixture.componentRef.setInput('year', year);
    fixture.componentRef.setInput('categories', [
      { code: 'DEMOLITION', name: '拆迁未完成', sortOrder: 10 },
    ]);
    fixture.componentRef.setInput('departments', [{ id: 'd-nrb', name: '区自然资源局' }]);
    await fixture.whenStable();
    const plan = http.expectOne((r) => r.url === `/api/reserve/plans/${year}/entries`);
    expect(plan.request.params.get('pageSize')).toBe('200');
    plan.flush({ items: [{ project: { id: 'p1', name: '新平大道东延段' } }], totalCount: 1 });
    await fixture.whenStable();
  }

  const dialog = () =>
    fixture.componentInstance as unknown as {
      form: ProblemForm;
      beforeToday: (day: Date) => boolean;
    };
  const description = () =>
    document.querySelector<HTMLTextAreaElement>('[data-testid="problem-description-input"]')!;
  const type = async (text: string) => {
    description().value = text;
    description().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    document.querySelector<HTMLButtonElement>('[data-testid="problem-create-submit"]')!.click();
    await fixture.whenStable();
  };
  const errors = () =>
    [
      ...document.querySelectorAll(
        '[data-testid="problem-create-dialog"] .ant-form-item-explain-error',
      ),
    ].map((e) => e.textContent!.trim());
  const fill = async () => {
    dialog().form.patchValue({
      projectId: 'p1',
      categoryCode: 'DEMOLITION',
      assignedDepartmentId: 'd-nrb',
      deadline: new Date(2099, 5, 30, 15, 20),
    });
    await type('  沿线 23 户房屋征收未完成  ');
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('offers the projects of the year’s plan, and no day before today for the deadline', async () => {
    await open();
    expect(document.querySelector('[data-testid="problem-create-dialog"]')).not.toBeNull();
    const today = shanghaiToday();
    expect(dialog().beforeToday(new Date(today.getTime() - 24 * 3600 * 1000))).toBe(true);
    expect(dialog().beforeToday(today)).toBe(false);
    expect(description().getAttribute('maxlength')).toBe('2000');
  });

  it('wants every field, and a description of at least 4 characters, before asking the server', async () => {
    await open();
    await submit();
    http.expectNone({ method: 'POST', url });
    expect(errors().length).toBe(5);
    expect(errors().every((e) => e === 'validation.required')).toBe(true);
    await fill();
    await type('拆迁');
    await submit();
    http.expectNone({ method: 'POST', url });
    expect(errors()).toEqual(['validation.minLength']);
  });

  it('sends the year, the trimmed description and the deadline as a day, and hands the problem over', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await fill();
    await submit();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      year,
      projectId: 'p1',
      categoryCode: 'DEMOLITION',
      description: '沿线 23 户房屋征收未完成',
      assignedDepartmentId: 'd-nrb',
      deadline: '2099-06-30',
      sourceWarningId: null,
    });
    const answer = problemDto(year);
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
    expect(message.success).toHaveBeenCalled();
  });

  it('shows a refused request in Chinese and stays open', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await fill();
    await submit();
    http
      .expectOne({ method: 'POST', url })
      .flush(
        { status: 422, code: 'Scheduling.NotInPlan', detail: '该项目不在本年度计划中' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    expect(message.error).toHaveBeenCalledWith('该项目不在本年度计划中');
    expect(saved).not.toHaveBeenCalled();
  });

  it('puts a field error of the server on its field', async () => {
    await open();
    await fill();
    await submit();
    http.expectOne({ method: 'POST', url }).flush(
      {
        status: 400,
        title: 'One or more validation errors occurred.',
        errors: { Description: ['问题描述不能超过 2000 字'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errors()).toEqual(['问题描述不能超过 2000 字']);
    expect(message.error).not.toHaveBeenCalled();
  });
});
