import { HttpTestingController } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import {
  MANAGE,
  clearOverlays,
  contractDetail,
  fundEntry,
  testProviders,
} from '../contracts-test-data';
import { FundsDeleteDialog } from './funds-delete-dialog';
import { MilestoneDialog } from './milestone-dialog';
import { ProblemRaiseDialog } from './problem-raise-dialog';
import { ProblemResolveDialog } from './problem-resolve-dialog';

const base = '/api/signed-contracts/c1';
const message = { success: vi.fn(), error: vi.fn() };
const q = <T extends HTMLElement>(id: string) =>
  document.querySelector<T>(`[data-testid="${id}"]`)!;
const errors = (dialog: string) =>
  [...document.querySelectorAll(`[data-testid="${dialog}"] .ant-form-item-explain-error`)].map(
    (e) => e.textContent!.trim(),
  );

async function open<T>(component: Type<T>, inputs: Record<string, unknown>) {
  message.success.mockReset();
  message.error.mockReset();
  TestBed.configureTestingModule({
    imports: [component],
    providers: testProviders(MANAGE, message),
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) {
    fixture.componentRef.setInput(name, value);
  }
  await fixture.whenStable();
  const form = () => (fixture.componentInstance as unknown as { form: FormGroup }).form;
  const click = async (id: string) => {
    q(id).click();
    await fixture.whenStable();
  };
  return { http, fixture, form, click };
}

afterEach(() => clearOverlays());

describe('MilestoneDialog', () => {
  it('fills the milestone, refuses an actual day in the future, and sends planned, actual and note', async () => {
    const milestone = contractDetail().milestones[1];
    const { http, fixture, form, click } = await open(MilestoneDialog, {
      contractId: 'c1',
      milestone,
      name: '供地',
    });
    expect(form().value.note).toBe('待挂牌');
    form().patchValue({ actualOn: new Date(2099, 0, 1) });
    await click('milestone-save');
    http.expectNone(`${base}/milestones/LandSupply`);
    expect(errors('milestone-dialog')).toEqual(['contracts.validation.future']);
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    form().patchValue({ actualOn: new Date(2026, 6, 3), note: '  ' });
    await click('milestone-save');
    const request = http.expectOne({ method: 'PUT', url: `${base}/milestones/LandSupply` });
    expect(request.request.body).toEqual({
      plannedOn: '2026-07-01',
      actualOn: '2026-07-03',
      note: null,
    });
    request.flush(contractDetail());
    expect(saved).toHaveBeenCalled();
    http.verify();
  });
});

describe('FundsDeleteDialog', () => {
  it('wants a reason and sends it with the delete', async () => {
    const { http, fixture, form, click } = await open(FundsDeleteDialog, {
      contractId: 'c1',
      entry: fundEntry(),
    });
    await click('funds-delete-save');
    expect(errors('funds-delete-dialog')).toEqual(['validation.required']);
    const deleted = vi.fn();
    fixture.componentInstance.deleted.subscribe(deleted);
    form().patchValue({ reason: ' 重复登记 ' });
    await click('funds-delete-save');
    const request = http.expectOne((r) => r.method === 'DELETE' && r.url === `${base}/funds/f1`);
    expect(request.request.params.get('reason')).toBe('重复登记');
    request.flush(null, { status: 204, statusText: 'No Content' });
    expect(deleted).toHaveBeenCalled();
    http.verify();
  });
});

describe('ProblemRaiseDialog', () => {
  it('sends the description, the department and the deadline as a day', async () => {
    const { http, fixture, form, click } = await open(ProblemRaiseDialog, {
      contractId: 'c1',
      departments: [{ id: 'd-nrb', name: '区自然资源局' }],
    });
    await click('problem-save');
    expect(errors('problem-raise-dialog')).toEqual([
      'validation.required',
      'validation.required',
      'validation.required',
    ]);
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    form().patchValue({
      description: ' 项目用地需调整规划 ',
      assignedDepartmentId: 'd-nrb',
      deadline: new Date(2099, 5, 30, 14),
    });
    await click('problem-save');
    const request = http.expectOne({ method: 'POST', url: `${base}/problems` });
    expect(request.request.body).toEqual({
      description: '项目用地需调整规划',
      assignedDepartmentId: 'd-nrb',
      deadline: '2099-06-30',
    });
    request.flush(contractDetail().problems[0]);
    expect(saved).toHaveBeenCalled();
    http.verify();
  });
});

describe('ProblemResolveDialog', () => {
  it('sends the resolution', async () => {
    const { http, form, click } = await open(ProblemResolveDialog, {
      contractId: 'c1',
      problem: contractDetail().problems[0],
    });
    form().patchValue({ resolution: '已调整规划并挂牌' });
    await click('problem-resolve-save');
    const request = http.expectOne({ method: 'POST', url: `${base}/problems/pr1/resolve` });
    expect(request.request.body).toEqual({ resolution: '已调整规划并挂牌' });
    request.flush({ ...contractDetail().problems[0], status: 'Resolved' });
    http.verify();
  });
});
