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
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { ChangeStateDialog } from './change-state-dialog';
import { ProjectDetailPage } from './project-detail-page';

const project = (state: ProjectState): ProjectDto => ({
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

  async function render(state: ProjectState, permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [ProjectDetailPage],
      providers: providers(permissions),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProjectDetailPage);
    fixture.componentRef.setInput('id', 'p1');
    await fixture.whenStable();
    http.expectOne('/api/reserve/projects/p1').flush(project(state));
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
