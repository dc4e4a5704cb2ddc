import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { InspectionDto } from '../../../api/models/inspection-dto';
import { APP_ICONS } from '../../../core/icons';
import { shanghaiToday } from '../../../shared/dates';
import { InspectionAddItemDialog } from './inspection-add-item-dialog';
import { InspectionItemFields } from './inspection-item-fields';
import { AddItemForm } from './inspections-model';
import { inspectionDto, rectificationDto } from './inspections-test-data';

const url = '/api/scheduling/inspections/i1/items';

describe('InspectionAddItemDialog', () => {
  let fixture: ComponentFixture<InspectionAddItemDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(inspection: InspectionDto = inspectionDto()) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [InspectionAddItemDialog],
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
    fixture = TestBed.createComponent(InspectionAddItemDialog);
    fixture.componentRef.setInput('inspection', inspection);
    await fixture.whenStable();
    http
      .expectOne('/api/identity/department-options')
      .flush([{ id: 'd-uci', name: '区城市建设投资有限公司' }]);
    await fixture.whenStable();
  }

  const dialog = () =>
    fixture.componentInstance as unknown as {
      form: AddItemForm;
      projects(): { id: string; name: string }[];
    };
  const item = () => dialog().form.controls.item;
  const testId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const description = () => testId('item-description') as HTMLInputElement;
  const type = async (text: string) => {
    description().value = text;
    description().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    testId('inspection-add-item-submit')!.click();
    await fixture.whenStable();
  };
  const errors = () =>
    [...testId('inspection-add-item-dialog')!.querySelectorAll('.ant-form-item-explain-error')].map(
      (e) => e.textContent!.trim(),
    );
  const fill = async () => {
    item().patchValue({
      projectId: 'p2',
      responsibleDepartmentId: 'd-uci',
      deadline: new Date(2099, 8, 30, 14, 0),
    });
    await type('  补齐施工准备，9 月底前进场  ');
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('offers the inspected projects only, with labels, and no deadline before today', async () => {
    await open();
    expect(dialog().projects()).toEqual([
      { id: 'p1', name: '古驿大道停车场' },
      { id: 'p2', name: '新平大道东延段' },
    ]);
    expect(item().value.projectId).toBeNull();
    expect(testId('inspection-add-item-dialog')!.querySelectorAll('nz-form-label').length).toBe(4);
    const fields = fixture.debugElement.query(
      (e) => e.componentInstance instanceof InspectionItemFields,
    ).componentInstance as InspectionItemFields;
    const today = shanghaiToday();
    expect(fields.beforeToday(new Date(today.getTime() - 24 * 3600 * 1000))).toBe(true);
    expect(fields.beforeToday(today)).toBe(false);
    expect(description().getAttribute('maxlength')).toBe('2000');
  });

  it('picks the project itself when the inspection had only one', async () => {
    await open(inspectionDto({ projects: [{ projectId: 'p1', projectName: '古驿大道停车场' }] }));
    expect(item().value.projectId).toBe('p1');
  });

  it('wants every field, and a requirement of at least 4 characters, before asking the server', async () => {
    await open();
    await submit();
    http.expectNone(url);
    expect(errors()).toEqual([
      'validation.required',
      'validation.required',
      'validation.required',
      'validation.required',
    ]);
    await fill();
    await type('修围挡');
    await submit();
    http.expectNone(url);
    expect(errors()).toEqual(['validation.minLength']);
  });

  it('posts the item with the inspection’s stamp and hands it over', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await fill();
    await submit();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      item: {
        projectId: 'p2',
        description: '补齐施工准备，9 月底前进场',
        responsibleDepartmentId: 'd-uci',
        deadline: '2099-09-30',
      },
      concurrencyStamp: 'stamp-i1',
    });
    const answer = rectificationDto({ id: 'r3', projectId: 'p2', projectName: '新平大道东延段' });
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
    expect(message.success).toHaveBeenCalled();
  });

  it("puts the server's field errors on the fields, and shows a refusal in Chinese", async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await fill();
    await submit();
    http.expectOne({ method: 'POST', url }).flush(
      {
        status: 400,
        title: 'One or more validation errors occurred.',
        errors: { 'item.description': ['整改要求应为 4–2000 字'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errors()).toEqual(['整改要求应为 4–2000 字']);
    await type('补齐施工准备，9 月底前进场');
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

  it("shows the server's sentence for an inspection changed meanwhile (409) and asks for a reload", async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await fill();
    await submit();
    http
      .expectOne({ method: 'POST', url })
      .flush(
        { status: 409, code: 'Conflict', detail: '该督查记录已被他人修改，请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(message.error).toHaveBeenCalledWith('该督查记录已被他人修改，请刷新后重试。');
    expect(saved).toHaveBeenCalledWith(null);
  });
});
