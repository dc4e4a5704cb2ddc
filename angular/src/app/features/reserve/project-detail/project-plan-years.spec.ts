import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ProjectPlanYearDto } from '../../../api/models/project-plan-year-dto';
import { APP_ICONS } from '../../../core/icons';
import { ProjectPlanYears } from './project-plan-years';

const year = (overrides: Partial<ProjectPlanYearDto>): ProjectPlanYearDto => ({
  year: 2026,
  entryId: 'e2026',
  type: 'Continuing',
  sectorCode: 'HEALTH',
  sectorName: '卫生',
  townId: 't1',
  townName: '平安镇',
  responsibleDepartmentId: 'd1',
  responsibleDepartmentName: '区卫生健康局',
  projectUnit: '区妇幼保健院',
  totalInvestment: 25_000_000,
  plannedInvestment: 10_000_000,
  ...overrides,
});

function setUp() {
  TestBed.configureTestingModule({
    imports: [ProjectPlanYears],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideApiConfiguration(''),
      provideTranslateService(),
      provideNzIcons(APP_ICONS),
    ],
  });
  const translate = TestBed.inject(TranslateService);
  translate.setTranslation('zh-CN', {
    reserve: {
      planYears: { year: '年度', none: '尚未列入年度计划' },
      plan: { types: { New: '新建', Continuing: '续建' } },
    },
  });
  translate.use('zh-CN');
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(ProjectPlanYears);
  fixture.componentRef.setInput('projectId', 'p1');
  return { http, fixture };
}

describe('ProjectPlanYears', () => {
  it('lists each year with the sector, town, department, unit and totals that year listed', async () => {
    const { http, fixture } = setUp();
    await fixture.whenStable();
    http.expectOne('/api/reserve/projects/p1/plan-years').flush([
      year({}),
      year({
        year: 2025,
        entryId: 'e2025',
        type: 'New',
        sectorName: '教育',
        townName: '三合镇',
        responsibleDepartmentName: '区教育局',
        projectUnit: '三合镇人民政府',
        totalInvestment: 80_000_000,
        plannedInvestment: 30_000_000,
      }),
    ]);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const rows = [...el.querySelectorAll('[data-testid="plan-year-row"]')].map((row) =>
      [...row.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    );
    expect(rows).toEqual([
      ['2026', '续建', '卫生', '平安镇', '区卫生健康局', '区妇幼保健院', '2,500.00', '1,000.00'],
      ['2025', '新建', '教育', '三合镇', '区教育局', '三合镇人民政府', '8,000.00', '3,000.00'],
    ]);
    expect(el.querySelector('[data-testid="project-plan-years-empty"]')).toBeNull();
  });

  it('says so when the project is in no year’s plan, and fetches again after the project is saved', async () => {
    const { http, fixture } = setUp();
    await fixture.whenStable();
    http.expectOne('/api/reserve/projects/p1/plan-years').flush([]);
    await fixture.whenStable();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector(
        '[data-testid="project-plan-years-empty"]',
      ),
    ).not.toBeNull();

    fixture.componentRef.setInput('concurrencyStamp', 's2');
    await fixture.whenStable();
    http.expectOne('/api/reserve/projects/p1/plan-years').flush([year({})]);
    await fixture.whenStable();
    expect(
      (fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="plan-year-row"]')
        .length,
    ).toBe(1);
  });
});
