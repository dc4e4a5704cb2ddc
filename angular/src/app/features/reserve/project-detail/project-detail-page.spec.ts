import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ProjectDto } from '../../../api/models/project-dto';
import { ProjectState } from '../../../api/models/project-state';
import { ReviewStatus } from '../../../api/models/review-status';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { ChangeStateDialog } from './change-state-dialog';
import { ProjectDetailPage } from './project-detail-page';

const project = (
  state: ProjectState,
  reviewStatus: ReviewStatus = 'Draft',
  reviewComment: string | null = null,
): ProjectDto => ({
  id: 'p1',
  name: '古驿大道停车场',
  code: null,
  regime: 'Approval',
  sectorCode: 'Municipal',
  sectorName: '市政',
  townId: null,
  townName: null,
  responsibleDepartmentId: 'd1',
  responsibleDepartmentName: '区住建局',
  projectUnit: '区城投公司',
  totalInvestment: 80_000_000,
  state,
  plannedStart: null,
  plannedCompletion: null,
  maturity: 'Preliminary',
  reviewStatus,
  reviewComment,
  landPlan: '新增建设用地 12 亩',
  feasibilityApproval: '区发改投资〔2025〕3号',
  revenuePlan: '停车收费覆盖本息 1.2 倍',
  scope: null,
  fundingSources: [
    { channel: 'SpecialBonds', amount: 50_000_000, isSecured: true, note: null },
    { channel: 'SocialCapital', amount: 10_000_000, isSecured: false, note: '洽谈中' },
  ],
  securedFunding: 50_000_000,
  terminationReason: null,
  createdAt: '2025-01-01T00:00:00Z',
  concurrencyStamp: 'stamp-1',
});

const providers = (permissions: string[]) => [
  provideRouter([]),
  provideHttpClient(),
  provideHttpClientTesting(),
  provideApiConfiguration(''),
  provideTranslateService(),
  provideNzIcons(APP_ICONS),
  { provide: NzMessageService, useValue: { success: vi.fn(), error: vi.fn() } },
  { provide: AuthService, useValue: { hasPermission: (p: string) => permissions.includes(p) } },
];

describe('ProjectDetailPage', () => {
  let fixture: ComponentFixture<ProjectDetailPage>;
  let http: HttpTestingController;

  async function render(
    state: ProjectState,
    permissions: string[],
    reviewStatus: ReviewStatus = 'Draft',
    reviewComment: string | null = null,
    overrides: Partial<ProjectDto> = {},
  ) {
    TestBed.configureTestingModule({
      imports: [ProjectDetailPage],
      providers: providers(permissions),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProjectDetailPage);
    fixture.componentRef.setInput('id', 'p1');
    await fixture.whenStable();
    http
      .expectOne('/api/reserve/projects/p1')
      .flush({ ...project(state, reviewStatus, reviewComment), ...overrides });
    http.expectOne('/api/reserve/projects/p1/history').flush([]);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the state action only to managers and only while the project is not final', async () => {
    let el = await render('Reserve', ['Reserve.View', 'Reserve.Manage']);
    expect(el.querySelector('[data-testid="project-change-state"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="project-edit"]')).toBeNull();
    expect(el.querySelector('[data-testid="project-state"]')!.textContent).toContain(
      'reserve.states.Reserve',
    );
    TestBed.resetTestingModule();
    el = await render('Completed', ['Reserve.View', 'Reserve.Manage']);
    expect(el.querySelector('[data-testid="project-change-state"]')).toBeNull();
  });

  const has = (el: HTMLElement, testId: string) =>
    el.querySelector(`[data-testid="${testId}"]`) !== null;

  it('offers 申报 only with Reserve.Submit on a draft or returned project', async () => {
    let el = await render('Reserve', ['Reserve.View', 'Reserve.Submit'], 'Draft');
    expect(has(el, 'project-submit-review')).toBe(true);
    expect(has(el, 'project-review')).toBe(false);
    TestBed.resetTestingModule();
    el = await render('Reserve', ['Reserve.View', 'Reserve.Submit'], 'Returned', '缺用地预审意见');
    expect(has(el, 'project-submit-review')).toBe(true);
    expect(el.querySelector('[data-testid="project-review-comment"]')!.textContent).toContain(
      '缺用地预审意见',
    );
    TestBed.resetTestingModule();
    el = await render('Reserve', ['Reserve.View', 'Reserve.Submit'], 'Submitted');
    expect(has(el, 'project-submit-review')).toBe(false);
    TestBed.resetTestingModule();
    el = await render('Reserve', ['Reserve.View', 'Reserve.Manage'], 'Draft');
    expect(has(el, 'project-submit-review')).toBe(false);
  });

  it('offers 审核 only with Reserve.Manage on a submitted project', async () => {
    let el = await render('Reserve', ['Reserve.View', 'Reserve.Manage'], 'Submitted');
    expect(has(el, 'project-review')).toBe(true);
    expect(el.querySelector('[data-testid="project-maturity"]')!.textContent).toContain(
      'reserve.maturities.Preliminary',
    );
    expect(el.querySelector('[data-testid="project-review-status"]')!.textContent).toContain(
      'reserve.reviewStatuses.Submitted',
    );
    expect(has(el, 'project-review-comment')).toBe(false);
    TestBed.resetTestingModule();
    el = await render('Reserve', ['Reserve.View', 'Reserve.Submit'], 'Submitted');
    expect(has(el, 'project-review')).toBe(false);
    TestBed.resetTestingModule();
    el = await render('Reserve', ['Reserve.View', 'Reserve.Manage'], 'Accepted');
    expect(has(el, 'project-review')).toBe(false);
  });

  it('submits with the concurrency stamp and lists what is missing on MaturityNotMet', async () => {
    await render('Reserve', ['Reserve.View', 'Reserve.Submit'], 'Draft');
    (fixture.componentInstance as unknown as { submitForReview(): void }).submitForReview();
    const request = http.expectOne({ method: 'POST', url: '/api/reserve/projects/p1/submit' });
    expect(request.request.body).toEqual({ concurrencyStamp: 'stamp-1' });
    request.flush(
      {
        title: '未达到成熟度要求',
        status: 422,
        code: 'Reserve.MaturityNotMet',
        missing: ['缺少建设规模及主要内容', '缺少用地计划'],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    const items = [...document.querySelectorAll('[data-testid="maturity-missing"] li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(items).toEqual(['缺少建设规模及主要内容', '缺少用地计划']);
  });

  it('shows the submitted project after 申报', async () => {
    const el = await render('Reserve', ['Reserve.View', 'Reserve.Submit'], 'Draft');
    (fixture.componentInstance as unknown as { submitForReview(): void }).submitForReview();
    http
      .expectOne({ method: 'POST', url: '/api/reserve/projects/p1/submit' })
      .flush(project('Reserve', 'Submitted'));
    http.expectOne('/api/reserve/projects/p1/history').flush([]);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="project-review-status"]')!.textContent).toContain(
      'reserve.reviewStatuses.Submitted',
    );
    expect(has(el, 'project-submit-review')).toBe(false);
  });

  it('shows the feasibility approval and the revenue plan the funding channels ask for', async () => {
    const el = await render('Reserve', ['Reserve.View']);
    expect(el.querySelector('[data-testid="project-feasibility-approval"]')!.textContent).toContain(
      '区发改投资〔2025〕3号',
    );
    expect(el.querySelector('[data-testid="project-revenue-plan"]')!.textContent).toContain(
      '停车收费覆盖本息 1.2 倍',
    );
  });

  it('says whether the approvals are all done and links the approval runs for those who may see them', async () => {
    let el = await render('PreConstruction', ['Reserve.View', 'Approvals.View']);
    expect(el.querySelector('[data-testid="project-approvals"]')!.textContent).toContain(
      'reserve.approvalsNotDone',
    );
    const link = el.querySelector<HTMLAnchorElement>('[data-testid="project-approvals-link"]')!;
    expect(link.getAttribute('href')).toBe('/approvals/instances?projectId=p1');
    TestBed.resetTestingModule();
    el = await render('PreConstruction', ['Reserve.View'], 'Draft', null, {
      constructionReadyAt: '2026-11-20T03:00:00Z',
    });
    expect(el.querySelector('[data-testid="project-approvals"] nz-tag')).not.toBeNull();
    expect(el.querySelector('[data-testid="project-approvals-link"]')).toBeNull();
  });

  it('links the signed contract the project came from', async () => {
    let el = await render('Reserve', ['Reserve.View']);
    expect(el.querySelector('[data-testid="project-signed-contract-link"]')).toBeNull();
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      imports: [ProjectDetailPage],
      providers: providers(['Reserve.View']),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProjectDetailPage);
    fixture.componentRef.setInput('id', 'p1');
    await fixture.whenStable();
    http
      .expectOne('/api/reserve/projects/p1')
      .flush({ ...project('Reserve'), signedContractId: 'c1', signedContractNumber: 'QY2026001' });
    http.expectOne('/api/reserve/projects/p1/history').flush([]);
    await fixture.whenStable();
    el = fixture.nativeElement as HTMLElement;
    const link = el.querySelector('[data-testid="project-signed-contract-link"]')!;
    expect(link.getAttribute('href')).toBe('/signed-contracts/c1');
    expect(link.textContent).toContain('contracts.fromContract');
  });

  it('computes the unsecured funding from total and secured', async () => {
    await render('Reserve', ['Reserve.View']);
    expect((fixture.componentInstance as unknown as { unsecured(): number }).unsecured()).toBe(
      30_000_000,
    );
  });
});

describe('ChangeStateDialog', () => {
  it('offers the allowed next states and requires a reason to terminate', async () => {
    TestBed.configureTestingModule({ imports: [ChangeStateDialog], providers: providers([]) });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ChangeStateDialog);
    fixture.componentRef.setInput('project', project('PreConstruction'));
    await fixture.whenStable();
    const dialog = fixture.componentInstance as unknown as {
      options(): ProjectState[];
      form: FormGroup;
      submit(): void;
    };
    expect(dialog.options()).toEqual(['UnderConstruction', 'Terminated']);
    dialog.form.patchValue({ state: 'Terminated' });
    dialog.submit();
    http.expectNone('/api/reserve/projects/p1/state');
    expect(dialog.form.controls['reason'].errors).toHaveProperty('required');
    dialog.form.patchValue({ reason: ' 资金无法落实 ' });
    dialog.submit();
    const request = http.expectOne({ method: 'POST', url: '/api/reserve/projects/p1/state' });
    expect(request.request.body).toEqual({
      state: 'Terminated',
      reason: '资金无法落实',
      concurrencyStamp: 'stamp-1',
    });
  });
});
