import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap } from '@angular/router';
import { InstanceSummaryDto } from '../../../api/models/instance-summary-dto';
import {
  DECIDE,
  MANAGE,
  approvalTestProviders,
  clearOverlays,
  instance,
} from '../approvals-test-data';
import { InstanceListPage } from './instance-list-page';

const listUrl = '/api/approvals/instances';
const summary = (overrides: Partial<InstanceSummaryDto> = {}): InstanceSummaryDto => ({
  id: 'i1',
  projectId: 'p1',
  projectName: '新平大道东延段',
  regime: 'Filing',
  templateVersionId: 'v1',
  state: 'Running',
  startedAt: '2026-11-02T02:00:00Z',
  endedAt: null,
  stepCount: 5,
  doneCount: 1,
  pendingSteps: ['EIA', 'LAND'],
  ...overrides,
});
const project = { id: 'p1', name: '新平大道东延段', regime: 'Filing' };

describe('InstanceListPage', () => {
  let fixture: ComponentFixture<InstanceListPage>;
  let http: HttpTestingController;
  let listedProjectId: string | null = null;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function render(permissions: string[], query: Record<string, string> = {}) {
    TestBed.configureTestingModule({
      imports: [InstanceListPage],
      providers: [
        approvalTestProviders(permissions, message),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap(query) } },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InstanceListPage);
    if (query['projectId']) {
      http
        .expectOne(`/api/reserve/projects/${query['projectId']}`)
        .flush({ id: query['projectId'], name: '乐都路' });
    }
    http
      .expectOne((r) => r.url === '/api/reserve/projects')
      .flush({ items: [project], totalCount: 1 });
    const list = http.expectOne((r) => r.url === listUrl);
    listedProjectId = list.request.params.get('projectId');
    list.flush({ items: [summary()], totalCount: 1 });
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('lists the runs and filters them by state on the server', async () => {
    await render(DECIDE);
    const row = el().querySelector<HTMLElement>('[data-testid="instance-row"]')!;
    expect(row.textContent).toContain('新平大道东延段');
    expect(row.textContent).toContain('1 / 5');
    expect(row.textContent).toContain('EIA、LAND');
    expect(q('start-button')).toBeNull();

    (
      fixture.componentInstance as unknown as { filters: { patchValue(v: unknown): void } }
    ).filters.patchValue({
      state: 'Completed',
    });
    const request = http.expectOne((r) => r.url === listUrl);
    expect(request.request.params.get('state')).toBe('Completed');
    expect(request.request.params.get('page')).toBe('1');
    request.flush({ items: [], totalCount: 0 });
  });

  it('filters by the project a link names (the project page) and shows its name', async () => {
    await render(DECIDE, { projectId: 'p7' });
    expect(listedProjectId).toBe('p7');
    expect(q('instance-filter-project')!.textContent).toContain('乐都路');

    TestBed.resetTestingModule();
    await render(DECIDE);
    expect(listedProjectId).toBeNull();
  });

  it('starts approvals with a step marked not applicable and opens the new run', async () => {
    await render(MANAGE);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    q('start-button')!.click();
    await fixture.whenStable();
    http
      .expectOne((r) => r.url === '/api/reserve/projects')
      .flush({ items: [project], totalCount: 1 });
    http
      .expectOne('/api/approvals/templates')
      .flush([{ id: 't-filing', regime: 'Filing', currentVersion: { id: 'v1' } }]);
    const dialog = fixture.debugElement.query((d) => d.name === 'app-start-dialog')
      .componentInstance as {
      form: { controls: { projectId: { setValue(v: string): void } } };
      steps: {
        controls: {
          controls: {
            notApplicable: { setValue(v: boolean): void };
            reason: { setValue(v: string): void };
          };
        }[];
      };
    };
    dialog.form.controls.projectId.setValue('p1');
    http.expectOne('/api/approvals/templates/t-filing/versions/v1').flush({
      id: 'v1',
      steps: [
        { code: 'FILING', name: '项目备案', departmentName: '区发展和改革局', prerequisites: [] },
        {
          code: 'LAND',
          name: '用地预审与选址意见书',
          departmentName: '区自然资源局',
          prerequisites: ['FILING'],
        },
      ],
    });
    await fixture.whenStable();
    expect(q('start-step-LAND')).not.toBeNull();

    dialog.steps.controls[1].controls.notApplicable.setValue(true);
    q('start-submit')!.click();
    http.expectNone(listUrl);

    dialog.steps.controls[1].controls.reason.setValue('使用已批准的存量建设用地');
    q('start-submit')!.click();
    const start = http.expectOne({ method: 'POST', url: listUrl });
    expect(start.request.body).toEqual({
      projectId: 'p1',
      notApplicable: [{ stepCode: 'LAND', reason: '使用已批准的存量建设用地' }],
    });
    start.flush(instance({ id: 'i9' }));
    expect(navigate).toHaveBeenCalledWith(['/approvals/instances', 'i9']);
  });
});
