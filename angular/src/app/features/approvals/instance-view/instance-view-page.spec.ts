import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import {
  DECIDE,
  approvalTestProviders,
  clearOverlays,
  forecast,
  instance,
  step,
} from '../approvals-test-data';
import { InstanceViewPage } from './instance-view-page';

describe('InstanceViewPage', () => {
  let fixture: ComponentFixture<InstanceViewPage>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const el = () => fixture.nativeElement as HTMLElement;
  const q = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function render(data = instance(), outlook = forecast()) {
    TestBed.configureTestingModule({
      imports: [InstanceViewPage],
      providers: [
        ...approvalTestProviders(DECIDE, message),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { paramMap: convertToParamMap({ id: 'i1' }) } },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InstanceViewPage);
    http.expectOne('/api/approvals/instances/i1').flush(data);
    http.expectOne('/api/approvals/instances/i1/forecast').flush(outlook);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('draws the steps in layers coloured by state with the critical path highlighted', async () => {
    await render();
    expect(q('instance-graph')).not.toBeNull();
    const node = (code: string) => q(`graph-node-${code}`)!;
    const x = (code: string) =>
      Number(/translate\((\d+)/.exec(node(code).getAttribute('transform')!)![1]);
    expect(x('FILING')).toBe(0);
    expect(x('EIA')).toBe(x('LAND'));
    expect(x('PLANNING_PERMIT')).toBeGreaterThan(x('EIA'));
    expect(node('EIA').getAttribute('data-state')).toBe('Pending');
    expect(node('LAND').getAttribute('data-state')).toBe('Returned');
    expect(node('EIA').getAttribute('data-critical')).toBe('true');
    expect(node('LAND').getAttribute('data-critical')).toBe('false');
    expect(q('graph-edge-EIA-PLANNING_PERMIT')!.getAttribute('data-critical')).toBe('true');
    expect(q('graph-edge-LAND-PLANNING_PERMIT')!.getAttribute('data-critical')).toBe('false');
  });

  it('shows each step with its state, the forecast with its basis and the decisions', async () => {
    await render();
    expect(q('instance-state')!.textContent).toContain('approvals.instanceStates.Running');
    expect(q('step-state-LAND')!.getAttribute('data-state')).toBe('Returned');
    expect(q('step-row-EIA')).not.toBeNull();
    expect(q('forecast-on')!.textContent).toContain('2026-12-30');
    expect(q('critical-path')!.textContent).toContain('环境影响评价审批 → 建设工程规划许可证');
    expect(q('step-expected-EIA')!.textContent).toContain('approvals.view.basisMedian');
    expect(q('step-expected-LAND')!.textContent).toContain('approvals.view.basisLimit');
    const decisions = el().querySelectorAll('[data-testid="decision-row"]');
    expect(decisions).toHaveLength(1);
    expect(decisions[0].textContent).toContain('张审批');
    expect(decisions[0].textContent).toContain('准予备案');
    const attachment = decisions[0].querySelector<HTMLAnchorElement>(
      '[data-testid="decision-attachment"]',
    )!;
    expect(attachment.textContent).toContain('备案证明.pdf');
    expect(attachment.getAttribute('href')).toBe('/api/approvals/attachments/a1');
    expect(q('instance-completed')).toBeNull();
  });

  it('turns green when every step is done', async () => {
    const done = instance({
      state: 'Completed',
      endedAt: '2026-12-20T02:00:00Z',
      steps: [
        step(),
        step({ id: 's-eia', code: 'EIA', prerequisites: ['FILING'] }),
        step({
          id: 's-land',
          code: 'LAND',
          prerequisites: ['FILING'],
          state: 'NotApplicable',
          notApplicableReason: '使用已批准的存量建设用地',
        }),
      ],
    });
    await render(
      done,
      forecast({ state: 'Completed', forecastOn: '2026-12-20', criticalPath: [], steps: [] }),
    );
    expect(q('instance-state')!.getAttribute('data-state')).toBe('Completed');
    expect(q('instance-completed')).not.toBeNull();
    expect(q('step-row-LAND')!.textContent).toContain('使用已批准的存量建设用地');
    for (const code of ['FILING', 'EIA', 'LAND']) {
      expect(q(`graph-node-${code}`)!.querySelector('rect')!.getAttribute('fill')).toBe('#f6ffed');
    }
    expect(q('forecast-on')!.textContent).toContain('2026-12-20');
    expect(q('critical-path')).toBeNull();
  });
});
