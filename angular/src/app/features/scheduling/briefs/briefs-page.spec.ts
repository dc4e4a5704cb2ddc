import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { PagedResultOfBriefDto } from '../../../api/models/paged-result-of-brief-dto';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { previousMonth } from '../progress/progress-model';
import { BriefsPage } from './briefs-page';
import { briefDto, briefSnapshot } from './briefs-test-data';

const { year } = previousMonth();
const listUrl = '/api/scheduling/briefs';

const list: PagedResultOfBriefDto = {
  totalCount: 25,
  items: [
    briefDto(year),
    briefDto(year, {
      id: 'b0',
      month: 6,
      title: `${year}年第二季度重点项目调度会通报`,
      generatedAtUtc: `${year}-07-06T01:00:00Z`,
      generatedBy: null,
    }),
  ],
};

type PageApi = {
  year: FormControl<number | null>;
  onPageIndex(page: number): void;
};

describe('BriefsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<BriefsPage>;
  const message = { success: vi.fn(), error: vi.fn() };
  const page = () => fixture.componentInstance as unknown as PageApi;
  const el = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const rows = () => [...el().querySelectorAll<HTMLElement>('[data-testid="brief-row"]')];

  const expectList = (params: Record<string, string | null> = {}) => {
    const request = http.expectOne((r) => r.url === listUrl && r.method === 'GET');
    const expected = { year: String(year), page: '1', pageSize: '20', ...params };
    for (const [key, value] of Object.entries(expected)) {
      expect(request.request.params.get(key), key).toBe(value);
    }
    return request;
  };

  async function render(permissions: string[]) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [BriefsPage],
      providers: [
        provideRouter([]),
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
      scheduling: { briefs: { period: '{{year}}年1-{{month}}月' } },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BriefsPage);
    expectList().flush(list);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('lists the year of the month just ended, newest first, with period and Shanghai time', async () => {
    await render(['Scheduling.View']);
    expect(testId('briefs-page')).not.toBeNull();
    expect(rows().length).toBe(2);
    expect(rows()[0].textContent).toContain(`${year}年第三季度重点项目调度会通报`);
    expect(rows()[0].querySelector('[data-testid="brief-period"]')!.textContent).toContain(
      `${year}年1-9月`,
    );
    expect(rows()[0].textContent).toContain(`${year}-10-08 10:30`);
    expect(rows()[0].textContent).toContain('王五');
    expect(rows()[1].querySelector('[data-testid="brief-period"]')!.textContent).toContain(
      `${year}年1-6月`,
    );
    expect(testId('briefs-generate')).toBeNull();
  });

  it('asks for another year, every year, or another page', async () => {
    await render(['Scheduling.View']);
    page().year.setValue(year - 1);
    expectList({ year: String(year - 1) }).flush(list);
    page().onPageIndex(2);
    expectList({ year: String(year - 1), page: '2' }).flush(list);
    page().year.setValue(null);
    expectList({ year: null, page: '1' }).flush(list);
  });

  it('keeps only the latest answer when the year changes quickly', async () => {
    await render(['Scheduling.View']);
    page().year.setValue(year - 1);
    const slow = expectList({ year: String(year - 1) });
    page().year.setValue(year - 2);
    expect(slow.cancelled).toBe(true);
    expectList({ year: String(year - 2) }).flush({ items: [], totalCount: 0 });
    await fixture.whenStable();
    expect(rows().length).toBe(0);
  });

  it('opens 查看 with the brief snapshot', async () => {
    await render(['Scheduling.View']);
    rows()[0].querySelector<HTMLElement>('[data-testid="brief-open"]')!.click();
    await fixture.whenStable();
    http.expectOne(`${listUrl}/b1`).flush(briefSnapshot(year));
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="brief-view"]')).not.toBeNull();
  });

  it('downloads the Word document under the brief title', async () => {
    const names: string[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await render(['Scheduling.View']);
    // The anchors' click() is stubbed to catch the saved file: dispatch the user's click instead.
    rows()[1]
      .querySelector<HTMLElement>('[data-testid="brief-download"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const request = http.expectOne(`${listUrl}/b0/document`);
    expect(request.request.method).toBe('GET');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['x']));
    expect(names).toEqual([`${year}年第二季度重点项目调度会通报.docx`]);
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it('lets 重点办 generate a brief, then reloads the list and opens it', async () => {
    await render(['Scheduling.View', 'Scheduling.Manage']);
    testId('briefs-generate')!.click();
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="brief-generate-submit"]')!.click();
    await fixture.whenStable();
    const post = http.expectOne((r) => r.url === listUrl && r.method === 'POST');
    expect(post.request.body).toEqual(previousMonth());
    post.flush(briefDto(year, { id: 'b9' }), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expectList().flush({ ...list, items: [briefDto(year, { id: 'b9' }), ...list.items] });
    http.expectOne(`${listUrl}/b9`).flush(briefSnapshot(year));
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="brief-generate-dialog"]')).toBeNull();
    expect(document.querySelector('[data-testid="brief-view"]')).not.toBeNull();
    expect(rows().length).toBe(3);
  });
});
