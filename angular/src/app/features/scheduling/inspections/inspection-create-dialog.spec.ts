import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { InspectionCreateDialog } from './inspection-create-dialog';
import { InspectionForm } from './inspections-model';
import { inspectionDto, rectificationDto } from './inspections-test-data';

const year = 2026;
const url = '/api/scheduling/inspections';

describe('InspectionCreateDialog', () => {
  let fixture: ComponentFixture<InspectionCreateDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open() {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [InspectionCreateDialog],
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
    fixture = TestBed.createComponent(InspectionCreateDialog);
    fixture.componentRef.setInput('year', year);
    await fixture.whenStable();
    http
      .expectOne((r) => r.url === `/api/reserve/plans/${year}/entries`)
      .flush({
        items: [
          { project: { id: 'p1', name: '古驿大道停车场' } },
          { project: { id: 'p2', name: '新平大道东延段' } },
        ],
        totalCount: 2,
      });
    http
      .expectOne('/api/identity/department-options')
      .flush([{ id: 'd-uci', name: '区城市建设投资有限公司' }]);
    await fixture.whenStable();
  }

  const form = () => (fixture.componentInstance as unknown as { form: InspectionForm }).form;
  const testId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const type = async (id: string, text: string, index = 0) => {
    const field = document.querySelectorAll<HTMLInputElement>(`[data-testid="${id}"]`)[index];
    field.value = text;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    testId('inspection-create-submit')!.click();
    await fixture.whenStable();
  };
  const addItem = async () => {
    testId('inspection-create-add-item')!.click();
    await fixture.whenStable();
  };
  const errors = (within = 'inspection-create-dialog') =>
    [...testId(within)!.querySelectorAll('.ant-form-item-explain-error')].map((e) =>
      e.textContent!.trim(),
    );
  const fillVisit = async () => {
    form().patchValue({
      kind: 'Site',
      date: new Date(2026, 4, 20, 11, 0),
      projectIds: ['p1', 'p2'],
    });
    await type('inspection-inspectors', '  督查室 张某、李某  ');
    await type('inspection-findings', '  古驿大道停车场围挡破损  ');
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('wants the date, the inspectors, the projects and the findings before asking the server', async () => {
    await open();
    await submit();
    http.expectNone({ method: 'POST', url });
    expect(errors()).toEqual([
      'validation.required',
      'validation.required',
      'validation.required',
      'validation.required',
    ]);
    await fillVisit();
    await type('inspection-findings', '破损');
    await submit();
    http.expectNone({ method: 'POST', url });
    expect(errors()).toEqual(['validation.minLength']);
  });

  it('wants every field of an added item, on one of the inspected projects', async () => {
    await open();
    await fillVisit();
    await addItem();
    expect(document.querySelectorAll('[data-testid="inspection-item-form"]').length).toBe(1);
    await submit();
    http.expectNone({ method: 'POST', url });
    expect(errors().length).toBe(4);
    expect(errors().every((e) => e === 'validation.required')).toBe(true);
    form().controls.projectIds.setValue(['p2']);
    await fixture.whenStable();
    const picker = fixture.componentInstance as unknown as { chosenProjects(): { id: string }[] };
    expect(picker.chosenProjects().map((p) => p.id)).toEqual(['p2']);
  });

  it('sends the visit and its items, trimmed and with days, and hands the inspection over', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await fillVisit();
    await addItem();
    await addItem();
    form()
      .controls.items.at(0)
      .patchValue({
        projectId: 'p1',
        responsibleDepartmentId: 'd-uci',
        deadline: new Date(2099, 5, 20),
      });
    await type('item-description', '  修复围挡，落实扬尘防治措施  ', 0);
    document.querySelectorAll<HTMLElement>('[data-testid="inspection-item-form"] a')[1].click();
    await fixture.whenStable();
    expect(document.querySelectorAll('[data-testid="inspection-item-form"]').length).toBe(1);
    await submit();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      kind: 'Site',
      date: '2026-05-20',
      inspectors: '督查室 张某、李某',
      findings: '古驿大道停车场围挡破损',
      projectIds: ['p1', 'p2'],
      items: [
        {
          projectId: 'p1',
          description: '修复围挡，落实扬尘防治措施',
          responsibleDepartmentId: 'd-uci',
          deadline: '2099-06-20',
        },
      ],
    });
    const answer = {
      inspection: inspectionDto(),
      items: [{ item: rectificationDto(), events: [] }],
    };
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
    expect(message.success).toHaveBeenCalled();
  });

  it('shows a refused request in Chinese and stays open', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await fillVisit();
    await submit();
    http
      .expectOne({ method: 'POST', url })
      .flush(
        { status: 422, code: 'Scheduling.DeadlineInPast', detail: '整改期限不能早于今天' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    expect(message.error).toHaveBeenCalledWith('整改期限不能早于今天');
    expect(saved).not.toHaveBeenCalled();
  });
});
