import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { RankedProjectDto } from '../../../api/models/ranked-project-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { RankingPage } from './ranking-page';

const ranked = (
  rank: number,
  id: string,
  name: string,
  score: number,
  reason: string,
): RankedProjectDto => ({
  rank,
  score,
  reason,
  project: {
    id,
    name,
    code: null,
    regime: 'Approval',
    sectorCode: 'ECOLOGY',
    sectorName: '生态',
    townId: null,
    townName: null,
    responsibleDepartmentId: 'd1',
    responsibleDepartmentName: '区水务局',
    projectUnit: '区水务局',
    totalInvestment: 98_000_000,
    state: 'PreConstruction',
    plannedStart: null,
    plannedCompletion: null,
    maturity: 'Mature',
    reviewStatus: 'Accepted',
  },
  criteria: [
    {
      criterionId: 'c1',
      name: '政策契合度',
      kind: 'Assessed',
      weight: 25,
      score: 95,
      contribution: 23.75,
      assessed: true,
    },
    {
      criterionId: 'c2',
      name: '社会效益',
      kind: 'Assessed',
      weight: 15,
      score: 0,
      contribution: 0,
      assessed: false,
    },
  ],
});

describe('RankingPage', () => {
  let http: HttpTestingController;

  async function render(permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [RankingPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        {
          provide: AuthService,
          useValue: { hasPermission: (p: string) => permissions.includes(p) },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(RankingPage);
    http.expectOne('/api/reserve/sectors').flush([]);
    http
      .expectOne('/api/identity/department-options')
      .flush([{ id: 't1', parentId: null, name: '城关镇', code: 'TOWN01', isTown: true }]);
    http
      .expectOne((r) => r.url === '/api/reserve/ranking')
      .flush({
        items: [
          ranked(1, 'p1', '湟水河流域祁家川支流生态修复', 86.5, '最强的是「政策契合度」（95 分）'),
          ranked(2, 'p2', '档案馆', 39, '「社会效益」未评分，按 0 分计。'),
        ],
        totalCount: 2,
      });
    await fixture.whenStable();
    return fixture;
  }

  it('lists the ranked projects with rank, score in one decimal, 万元 and the reason', async () => {
    const el = (await render(['Reserve.View'])).nativeElement as HTMLElement;
    const rows = el.querySelectorAll('[data-testid="ranking-row"]');
    expect(rows.length).toBe(2);
    expect(rows[0].querySelector('[data-testid="ranking-rank"]')!.textContent).toContain('1');
    expect(rows[0].querySelector('[data-testid="ranking-score"]')!.textContent!.trim()).toBe(
      '86.5',
    );
    expect(rows[0].textContent).toContain('9,800.00');
    expect(rows[1].querySelector('[data-testid="ranking-reason"]')!.textContent).toContain(
      '未评分',
    );
    expect(
      rows[0].querySelector('[data-testid="ranking-project-link"]')!.getAttribute('href'),
    ).toBe('/reserve/projects/p1');
  });

  it('sends the filters and starts again from page 1', async () => {
    const fixture = await render(['Reserve.View']);
    const page = fixture.componentInstance as unknown as { filters: FormGroup; search(): void };
    page.filters.patchValue({ search: ' 湟水 ', townId: 't1', maturity: 'Mature' });
    page.search();
    const request = http.expectOne((r) => r.url === '/api/reserve/ranking');
    expect(request.request.params.get('search')).toBe('湟水');
    expect(request.request.params.get('townId')).toBe('t1');
    expect(request.request.params.get('maturity')).toBe('Mature');
    expect(request.request.params.get('page')).toBe('1');
  });

  it('offers 评分 only with Reserve.Manage', async () => {
    let el = (await render(['Reserve.View'])).nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="ranking-assess"]')).toBeNull();
    TestBed.resetTestingModule();
    el = (await render(['Reserve.View', 'Reserve.Manage'])).nativeElement as HTMLElement;
    expect(el.querySelectorAll('[data-testid="ranking-assess"]').length).toBe(2);
  });

  it('opens the criteria read-only for viewers', async () => {
    const fixture = await render(['Reserve.View']);
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="ranking-criteria"]')!
      .click();
    http
      .expectOne('/api/reserve/ranking/criteria')
      .flush([
        {
          id: 'c1',
          code: 'POLICY',
          name: '政策契合度',
          weight: 100,
          kind: 'Assessed',
          isActive: true,
          sortOrder: 10,
          concurrencyStamp: 's1',
        },
      ]);
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="criteria-drawer"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="criteria-add"]')).toBeNull();
    expect(document.querySelector('[data-testid="criteria-submit"]')).toBeNull();
  });
});
