import {
  canReopen,
  canResolve,
  canStart,
  createProblemForm,
  createProblemRequest,
  createResolveForm,
  problemEventColor,
  problemQuery,
  problemsYear,
} from './problems-model';
import { problemDto, problemEvent } from './problems-test-data';

const year = 2026;
const unit = { departmentId: 'd-nrb', canReport: true, canManage: false };
const otherUnit = { departmentId: 'd-uci', canReport: true, canManage: false };
const office = { departmentId: 'd-kpo', canReport: false, canManage: true };

describe('problems model', () => {
  it('leaves empty filters out of the query and sends overdue only when asked', () => {
    expect(problemQuery(year, { search: '  ', overdue: false })).toEqual({
      year,
      status: undefined,
      category: undefined,
      departmentId: undefined,
      overdue: undefined,
      search: undefined,
    });
    expect(
      problemQuery(year, {
        status: 'InProgress',
        category: 'FUNDING',
        overdue: true,
        search: ' 乐都路 ',
      }),
    ).toMatchObject({ status: 'InProgress', category: 'FUNDING', overdue: true, search: '乐都路' });
  });

  it('opens on ?year= when plausible, else this year in Shanghai', () => {
    expect(problemsYear('2024')).toBe(2024);
    expect(problemsYear('abc', new Date('2026-12-31T17:00:00Z'))).toBe(2027);
    expect(problemsYear(null, new Date('2026-06-01T00:00:00Z'))).toBe(2026);
  });

  it('lets the assigned unit or the office start and resolve, and only the office reopen', () => {
    const assigned = problemDto(year);
    const inProgress = problemDto(year, { status: 'InProgress' });
    const resolved = problemDto(year, { status: 'Resolved' });
    expect(canStart(assigned, unit)).toBe(true);
    expect(canStart(assigned, office)).toBe(true);
    expect(canStart(assigned, otherUnit)).toBe(false);
    expect(canStart(inProgress, unit)).toBe(false);
    expect(canResolve(inProgress, unit)).toBe(true);
    expect(canResolve(inProgress, otherUnit)).toBe(false);
    expect(canReopen(resolved, true)).toBe(true);
    expect(canReopen(resolved, false)).toBe(false);
    expect(canReopen(inProgress, true)).toBe(false);
  });

  it('colours escalations by level', () => {
    expect(
      problemEventColor(
        problemEvent(year, { kind: 'Escalated', escalationLevel: 'DistrictLeaders' }),
      ),
    ).toBe('red');
    expect(
      problemEventColor(
        problemEvent(year, { kind: 'Escalated', escalationLevel: 'KeyProjectsOffice' }),
      ),
    ).toBe('orange');
    expect(problemEventColor(problemEvent(year, { kind: 'Resolved' }))).toBe('green');
  });

  it('builds the create request with the picked day and a trimmed description', () => {
    const form = createProblemForm();
    expect(form.valid).toBe(false);
    form.setValue({
      projectId: 'p1',
      categoryCode: 'DEMOLITION',
      description: '  沿线房屋征收未完成  ',
      assignedDepartmentId: 'd-nrb',
      deadline: new Date(2026, 5, 30),
    });
    expect(createProblemRequest(year, form)).toEqual({
      year,
      projectId: 'p1',
      categoryCode: 'DEMOLITION',
      description: '沿线房屋征收未完成',
      assignedDepartmentId: 'd-nrb',
      deadline: '2026-06-30',
      sourceWarningId: null,
    });
  });

  it('wants both a result and evidence to resolve', () => {
    const form = createResolveForm();
    form.setValue({ resolution: '已签订协议', evidence: '   ' });
    expect(form.valid).toBe(false);
    form.controls.evidence.setValue('协议扫描件');
    expect(form.valid).toBe(true);
  });
});
