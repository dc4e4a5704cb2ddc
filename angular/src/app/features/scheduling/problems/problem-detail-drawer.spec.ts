import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ProblemDetailDto } from '../../../api/models/problem-detail-dto';
import { APP_ICONS } from '../../../core/icons';
import { ProblemDetailDrawer } from './problem-detail-drawer';
import { problemDto, problemEvent } from './problems-test-data';

const year = 2026;
const url = '/api/scheduling/problems/pb1';

const detail: ProblemDetailDto = {
  problem: problemDto(year, {
    status: 'Resolved',
    resolution: '征收协议已全部签订',
    evidence: '协议扫描件 23 份',
    escalated: true,
    escalationLevel: 'KeyProjectsOffice',
  }),
  events: [
    problemEvent(year),
    problemEvent(year, {
      kind: 'Escalated',
      escalationLevel: 'KeyProjectsOffice',
      text: '逾期未办结，提级至重点办',
      atUtc: `${year}-07-01T16:30:00Z`,
      by: null,
    }),
    problemEvent(year, {
      kind: 'Resolved',
      status: 'Resolved',
      text: '征收协议已全部签订',
      atUtc: `${year}-07-10T01:00:00Z`,
      by: '区自然资源局李四',
    }),
  ],
};

describe('ProblemDetailDrawer', () => {
  let fixture: ComponentFixture<ProblemDetailDrawer>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open() {
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [ProblemDetailDrawer],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', {
      scheduling: {
        problems: { events: { Assigned: '交办', Escalated: '提级', Resolved: '办结销号' } },
      },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProblemDetailDrawer);
    fixture.componentRef.setInput('problemId', 'pb1');
    await fixture.whenStable();
  }

  const text = (testId: string) =>
    document.querySelector(`[data-testid="${testId}"]`)!.textContent!.trim();

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('loads the problem by its id and shows it with its result', async () => {
    await open();
    http.expectOne({ method: 'GET', url }).flush(detail);
    await fixture.whenStable();
    expect(text('problem-detail-project')).toBe('新平大道东延段');
    const shown = text('problem-detail');
    expect(shown).toContain('拆迁未完成');
    expect(shown).toContain('沿线 23 户房屋征收未完成');
    expect(shown).toContain('区自然资源局');
    expect(shown).toContain(`${year}-06-30`);
    expect(text('problem-detail-resolution')).toBe('征收协议已全部签订');
    expect(shown).toContain('协议扫描件 23 份');
  });

  it('shows the history in order, in Shanghai time', async () => {
    await open();
    http.expectOne(url).flush(detail);
    await fixture.whenStable();
    const events = [...document.querySelectorAll('[data-testid="problem-event"]')];
    expect(
      events.map((e) => e.querySelector('[data-testid="problem-event-kind"]')!.textContent),
    ).toEqual(['交办', '提级', '办结销号']);
    expect(events[0].textContent).toContain(`${year}-06-01 10:00`);
    expect(events[1].textContent).toContain(`${year}-07-02 00:30`);
    expect(events[1].querySelector('[data-testid="problem-event-text"]')!.textContent).toBe(
      '逾期未办结，提级至重点办',
    );
    expect(events[2].textContent).toContain('区自然资源局李四');
  });

  it('reports a problem that is gone', async () => {
    await open();
    http
      .expectOne(url)
      .flush(
        { status: 404, detail: '该问题不存在或已被删除。' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    expect(message.error).toHaveBeenCalledWith('该问题不存在或已被删除。');
    expect(document.querySelector('[data-testid="problem-detail"]')).toBeNull();
  });
});
