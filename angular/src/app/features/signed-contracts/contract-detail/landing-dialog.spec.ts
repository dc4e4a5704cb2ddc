import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import {
  MANAGE,
  clearOverlays,
  contractDetail,
  contractItem,
  testProviders,
} from '../contracts-test-data';
import { LandingDialog } from './landing-dialog';

const url = '/api/signed-contracts/c1/landing';

describe('LandingDialog', () => {
  let fixture: ComponentFixture<LandingDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const dialog = () =>
    fixture.componentInstance as unknown as { form: FormGroup; search(text: string): void };
  const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const save = async () => {
    q('landing-save')!.click();
    await fixture.whenStable();
  };

  async function open() {
    TestBed.configureTestingModule({
      imports: [LandingDialog],
      providers: testProviders(MANAGE, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LandingDialog);
    fixture.componentRef.setInput('contract', contractItem());
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('creates a new reserve project with its planned start', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    expect(q('landing-project')).toBeNull();
    dialog().form.patchValue({ plannedStart: new Date(2026, 8, 1) });
    await save();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({ linkProjectId: null, plannedStart: '2026-09-01' });
    const answer = contractDetail({ projectId: 'p-new' });
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
  });

  it('links an existing project found through the reserve list', async () => {
    await open();
    dialog().form.patchValue({ mode: 'link' });
    await fixture.whenStable();
    const first = http.expectOne((r) => r.url === '/api/reserve/projects');
    expect(first.request.params.get('pageSize')).toBe('20');
    expect(first.request.params.has('search')).toBe(false);
    first.flush({ items: [], totalCount: 0 });
    dialog().search(' 富硒 ');
    const found = http.expectOne((r) => r.url === '/api/reserve/projects');
    expect(found.request.params.get('search')).toBe('富硒');
    found.flush({
      items: [{ id: 'p9', name: '富硒生态旅游文化产业园', code: 'XM-9' }],
      totalCount: 1,
    });
    await fixture.whenStable();
    expect(q('landing-project')).not.toBeNull();
    await save();
    http.expectNone(url);
    dialog().form.patchValue({ linkProjectId: 'p9' });
    await save();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({ linkProjectId: 'p9', plannedStart: null });
    request.flush(contractDetail({ projectId: 'p9' }));
  });
});
