import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ProjectListItemDto } from '../../../api/models/project-list-item-dto';
import { APP_ICONS } from '../../../core/icons';
import { ReserveBoardPage } from './reserve-board-page';

const card = (id: string, name: string, totalInvestment: number): ProjectListItemDto => ({
  id,
  name,
  code: null,
  regime: 'Approval',
  sectorCode: 'Transport',
  sectorName: '交通',
  townId: null,
  townName: null,
  responsibleDepartmentId: 'd1',
  responsibleDepartmentName: '区交通局',
  projectUnit: '区交通局',
  totalInvestment,
  state: 'Reserve',
  plannedStart: null,
  plannedCompletion: null,
  maturity: 'Mature',
  reviewStatus: 'Accepted',
});

describe('ReserveBoardPage', () => {
  it('renders a column per maturity with its count, 万元 total and cards', async () => {
    TestBed.configureTestingModule({
      imports: [ReserveBoardPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ReserveBoardPage);
    http
      .expectOne('/api/reserve/sectors')
      .flush([{ code: 'Transport', name: '交通', sortOrder: 1 }]);
    http.expectOne('/api/reserve/board').flush({
      columns: [
        { maturity: 'Planning', count: 0, totalInvestment: 0, projects: [] },
        {
          maturity: 'Mature',
          count: 2,
          totalInvestment: 123_456_700,
          projects: [card('p1', '新平大道东延段', 100_000_000), card('p2', '乐都路', 23_456_700)],
        },
      ],
    });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="page-title"]')!.textContent).toContain(
      'reserve.board.title',
    );
    const column = (m: string) => el.querySelector(`[data-testid="board-column-${m}"]`)!;
    expect(
      column('Planning').querySelector('[data-testid="board-column-total"]')!.textContent,
    ).toContain('0.00');
    expect(column('Preliminary')).not.toBeNull();
    const mature = column('Mature');
    expect(mature.querySelector('[data-testid="board-column-total"]')!.textContent).toContain(
      '12,345.67',
    );
    const links = mature.querySelectorAll('[data-testid="board-card-link"]');
    expect(links.length).toBe(2);
    expect(links[0].getAttribute('href')).toBe('/reserve/projects/p1');
    expect(mature.textContent).toContain('10,000.00');
    expect(mature.textContent).toContain('区交通局');
    expect(mature.textContent).toContain('交通');
  });

  it('shows the project count in the column header', async () => {
    TestBed.configureTestingModule({
      imports: [ReserveBoardPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ReserveBoardPage);
    const page = fixture.componentInstance as unknown as { columns(): { count: number }[] };
    http.expectOne('/api/reserve/sectors').flush([]);
    http.expectOne('/api/reserve/board').flush({
      columns: [{ maturity: 'Preliminary', count: 7, totalInvestment: 5_000_000, projects: [] }],
    });
    await fixture.whenStable();
    expect(page.columns().map((c) => c.count)).toEqual([0, 7, 0]);
    const header = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="board-column-Preliminary"] [data-testid="board-column-count"]',
    )!;
    expect(header).not.toBeNull();
  });

  it('filters by sector', async () => {
    TestBed.configureTestingModule({
      imports: [ReserveBoardPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ReserveBoardPage);
    http.expectOne('/api/reserve/sectors').flush([]);
    http.expectOne('/api/reserve/board').flush({ columns: [] });
    (
      fixture.componentInstance as unknown as { sector: { setValue(v: string): void } }
    ).sector.setValue('Transport');
    const filtered = http.expectOne((r) => r.url === '/api/reserve/board');
    expect(filtered.request.params.get('sectorCode')).toBe('Transport');
  });
});
