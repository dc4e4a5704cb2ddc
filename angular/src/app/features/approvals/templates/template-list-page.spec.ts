import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { TemplateListPage } from './template-list-page';
import { templateSummary, versionSummary } from './template-test-data';

describe('TemplateListPage', () => {
  it('lists each regime with its current version and its draft, linking to the editor', async () => {
    TestBed.configureTestingModule({
      imports: [TemplateListPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: { error: vi.fn(), success: vi.fn() } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TemplateListPage);
    http.expectOne('/api/approvals/templates').flush([
      templateSummary(),
      templateSummary({
        id: 't2',
        regime: 'Approval',
        name: '审批制项目前期审批',
        draft: versionSummary(3, 'Draft'),
      }),
    ]);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const rows = [...el.querySelectorAll('[data-testid="template-row"]')];
    expect(rows.length).toBe(2);
    expect(rows[0].querySelector('[data-testid="template-draft"]')!.textContent).toContain(
      'common.none',
    );
    expect(rows[1].querySelector('[data-testid="template-draft"]')!.textContent).toContain(
      'approvals.templates.versionLabel',
    );
    expect(rows[1].querySelector('[data-testid="template-open"]')!.getAttribute('href')).toBe(
      '/approvals/templates/t2',
    );
    http.verify();
  });
});
