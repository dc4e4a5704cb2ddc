import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { shanghaiDay } from '../../../shared/dates';
import { InspectionsPage } from './inspections-page';
import { inspectionDto, rectificationDto } from './inspections-test-data';

const { year } = shanghaiDay();

describe('InspectionsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<InspectionsPage>;
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const all = (id: string) => [...el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

  async function render(permissions: string[], departmentId = 'd-uci') {
    TestBed.configureTestingModule({
      imports: [InspectionsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: { success: vi.fn(), error: vi.fn() } },
        {
          provide: AuthService,
          useValue: {
            hasPermission: (p: string) => permissions.includes(p),
            user: () => ({ departmentId }),
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InspectionsPage);
    const inspections = http.expectOne((r) => r.url === '/api/scheduling/inspections');
    expect(inspections.request.params.get('year')).toBe(String(year));
    inspections.flush({ items: [inspectionDto()], totalCount: 1 });
    http
      .expectOne((r) => r.url === '/api/scheduling/inspections/rectifications')
      .flush({
        items: [
          rectificationDto({ overdue: true }),
          rectificationDto({
            id: 'r2',
            status: 'Rectified',
            responsibleDepartmentId: 'd-wat',
            responsibleDepartmentName: '区水务局',
            report: '已修复',
          }),
        ],
        totalCount: 2,
      });
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('lists the inspections with their projects and item counts, and the rectification items', async () => {
    await render(['Scheduling.View']);
    expect(testId('inspections-page')).not.toBeNull();
    expect(testId('problems-link')!.getAttribute('href')).toBe('/scheduling/problems');
    expect(testId('warnings-link')!.getAttribute('href')).toBe('/scheduling/warnings');
    const [row] = all('inspection-row');
    expect(row.textContent).toContain('scheduling.inspections.kinds.Site');
    expect(row.querySelector('[data-testid="inspection-projects"]')!.textContent).toContain(
      '古驿大道停车场',
    );
    expect(all('rectification-row').length).toBe(2);
    expect(
      all('rectification-row')[0].querySelector('[data-testid="rectification-overdue"]'),
    ).not.toBeNull();
    expect(testId('inspection-create')).toBeNull();
  });

  it('offers the responsible unit to report its own item, and the inspectors to check a reported one', async () => {
    await render(['Scheduling.View', 'Scheduling.Report']);
    const [own, others] = all('rectification-row');
    expect(own.querySelector('[data-testid="rectification-rectify"]')).not.toBeNull();
    expect(others.querySelector('[data-testid="rectification-rectify"]')).toBeNull();
    expect(others.querySelector('[data-testid="rectification-verify"]')).toBeNull();
    TestBed.resetTestingModule();
    await render(['Scheduling.View', 'Scheduling.Inspect'], 'd-sup');
    expect(testId('inspection-create')).not.toBeNull();
    expect(
      all('rectification-row')[1].querySelector('[data-testid="rectification-verify"]'),
    ).not.toBeNull();
    expect(
      all('rectification-row')[0].querySelector('[data-testid="rectification-rectify"]'),
    ).toBeNull();
  });

  it('asks for the overdue items only when the box is ticked', async () => {
    await render(['Scheduling.View']);
    testId('rectifications-filter-overdue')!.querySelector<HTMLInputElement>('input')!.click();
    await fixture.whenStable();
    const request = http.expectOne((r) => r.url === '/api/scheduling/inspections/rectifications');
    expect(request.request.params.get('overdue')).toBe('true');
    request.flush({ items: [], totalCount: 0 });
  });
});
