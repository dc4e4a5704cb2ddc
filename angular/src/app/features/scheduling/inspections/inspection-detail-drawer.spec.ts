import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { InspectionDetailDto } from '../../../api/models/inspection-detail-dto';
import { RectificationEventDto } from '../../../api/models/rectification-event-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { InspectionDetailDrawer } from './inspection-detail-drawer';
import { ItemForm } from './inspections-model';
import { inspectionDto, rectificationDto } from './inspections-test-data';

const url = '/api/scheduling/inspections/i1';

const event = (overrides: Partial<RectificationEventDto> = {}): RectificationEventDto => ({
  kind: 'Assigned',
  status: 'Open',
  escalationLevel: 'None',
  text: '责成区城市建设投资有限公司限2026-06-20前整改',
  atUtc: '2026-05-20T02:00:00Z',
  by: '督查室演示用户',
  ...overrides,
});

const detail: InspectionDetailDto = {
  inspection: inspectionDto(),
  items: [
    {
      item: rectificationDto({ status: 'Rectified', report: '围挡已修复' }),
      events: [
        event(),
        event({
          kind: 'Rectified',
          status: 'Rectified',
          text: '围挡已修复',
          atUtc: '2026-06-10T16:15:00Z',
          by: '城投公司王五',
        }),
        event({
          kind: 'VerificationFailed',
          status: 'Open',
          text: '围挡仍有缺口，限2026-07-10前整改',
          atUtc: '2026-06-12T03:00:00Z',
        }),
      ],
    },
    {
      item: rectificationDto({
        id: 'r2',
        projectId: 'p2',
        projectName: '新平大道东延段',
        description: '落实施工准备',
        overdue: true,
      }),
      events: [event({ text: '责成限期落实施工准备' })],
    },
  ],
};

describe('InspectionDetailDrawer', () => {
  let fixture: ComponentFixture<InspectionDetailDrawer>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(permissions: string[] = ['Scheduling.View']) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [InspectionDetailDrawer],
      providers: [
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
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', {
      scheduling: {
        inspections: {
          events: {
            Assigned: '责成整改',
            Rectified: '提交整改情况',
            VerificationFailed: '复查未通过',
          },
        },
      },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InspectionDetailDrawer);
    fixture.componentRef.setInput('inspectionId', 'i1');
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url }).flush(detail);
    await fixture.whenStable();
  }

  const testId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const all = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('loads the inspection by its id and shows it with its items', async () => {
    await open();
    const shown = testId('inspection-detail')!.textContent!;
    expect(shown).toContain('督查室 张某、李某');
    expect(shown).toContain('新平大道东延段');
    expect(testId('inspection-detail-findings')!.textContent).toBe(
      '新平大道东延段现场无施工准备；古驿大道停车场围挡破损',
    );
    const items = all('inspection-detail-item');
    expect(items.length).toBe(2);
    expect(items[0].textContent).toContain('修复围挡，落实扬尘防治措施');
    expect(items[0].textContent).toContain('区城市建设投资有限公司 · 2026-06-20');
    expect(items[1].textContent).toContain('scheduling.inspections.overdue');
  });

  it("shows each item's history in order, in Shanghai time", async () => {
    await open();
    const [first, second] = all('inspection-detail-item');
    const events = [...first.querySelectorAll('[data-testid="rectification-event"]')];
    expect(events.map((e) => e.querySelector('strong')!.textContent)).toEqual([
      '责成整改',
      '提交整改情况',
      '复查未通过',
    ]);
    expect(events[1].textContent).toContain('2026-06-11 00:15');
    expect(events[1].textContent).toContain('城投公司王五');
    expect(events[2].textContent).toContain('围挡仍有缺口，限2026-07-10前整改');
    expect(second.querySelectorAll('[data-testid="rectification-event"]').length).toBe(1);
  });

  it('offers to add an item to the inspectors only', async () => {
    await open(['Scheduling.View', 'Scheduling.Report']);
    expect(testId('inspection-add-item')).toBeNull();
  });

  it('adds an item on one of the inspected projects, then shows the inspection afresh', async () => {
    await open(['Scheduling.View', 'Scheduling.Inspect']);
    const changed = vi.fn();
    fixture.componentInstance.changed.subscribe(changed);
    testId('inspection-add-item')!.click();
    await fixture.whenStable();
    http
      .expectOne('/api/identity/department-options')
      .flush([{ id: 'd-uci', name: '区城市建设投资有限公司' }]);
    await fixture.whenStable();
    expect(testId('inspection-add-item-dialog')).not.toBeNull();
    const dialog = fixture.debugElement.query((e) => e.name === 'app-inspection-add-item-dialog')
      .componentInstance as unknown as {
      form: { controls: { item: ItemForm } };
      projects(): { id: string }[];
    };
    expect(dialog.projects().map((p) => p.id)).toEqual(['p1', 'p2']);
    dialog.form.controls.item.setValue({
      projectId: 'p2',
      description: '补齐施工准备，9 月底前进场',
      responsibleDepartmentId: 'd-uci',
      deadline: new Date(2099, 8, 30),
    });
    testId('inspection-add-item-submit')!.click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'POST', url: `${url}/items` });
    expect(request.request.body).toEqual({
      item: {
        projectId: 'p2',
        description: '补齐施工准备，9 月底前进场',
        responsibleDepartmentId: 'd-uci',
        deadline: '2099-09-30',
      },
      concurrencyStamp: 'stamp-i1',
    });
    request.flush(rectificationDto({ id: 'r3', projectId: 'p2', projectName: '新平大道东延段' }));
    await fixture.whenStable();
    const more = {
      inspection: inspectionDto({ itemCount: 3, concurrencyStamp: 'stamp-i1b' }),
      items: [
        ...detail.items,
        {
          item: rectificationDto({ id: 'r3', description: '补齐施工准备，9 月底前进场' }),
          events: [event()],
        },
      ],
    };
    http.expectOne({ method: 'GET', url }).flush(more);
    await fixture.whenStable();
    expect(changed).toHaveBeenCalled();
    expect(testId('inspection-add-item-dialog')).toBeNull();
    expect(all('inspection-detail-item').length).toBe(3);
  });

  it('reports an inspection that is gone', async () => {
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [InspectionDetailDrawer],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
        { provide: AuthService, useValue: { hasPermission: () => true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InspectionDetailDrawer);
    fixture.componentRef.setInput('inspectionId', 'i1');
    await fixture.whenStable();
    http
      .expectOne(url)
      .flush(
        { status: 404, detail: '该督查记录不存在或已被删除。' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    expect(message.error).toHaveBeenCalledWith('该督查记录不存在或已被删除。');
    expect(testId('inspection-detail')).toBeNull();
    expect(testId('inspection-add-item')).toBeNull();
  });
});
