import {
  addItemRequest,
  canRectify,
  canVerify,
  createInspectionForm,
  createAddItemForm,
  createInspectionRequest,
  createItemForm,
  createVerifyForm,
  rectificationQuery,
  verifyRequest,
} from './inspections-model';
import { inspectionDto, rectificationDto } from './inspections-test-data';

describe('inspections model', () => {
  it('leaves empty filters out of the rectifications query', () => {
    expect(rectificationQuery(2026, { status: null, overdue: false, search: ' ' })).toEqual({
      year: 2026,
      status: undefined,
      overdue: undefined,
      search: undefined,
    });
    expect(rectificationQuery(2026, { status: 'Open', overdue: true })).toMatchObject({
      status: 'Open',
      overdue: true,
    });
  });

  it('lets the responsible unit rectify an open item and the inspectors verify a reported one', () => {
    const unit = { departmentId: 'd-uci', canReport: true };
    expect(canRectify(rectificationDto(), unit)).toBe(true);
    expect(canRectify(rectificationDto(), { departmentId: 'd-wat', canReport: true })).toBe(false);
    expect(canRectify(rectificationDto({ status: 'Rectified' }), unit)).toBe(false);
    expect(canVerify(rectificationDto({ status: 'Rectified' }), true)).toBe(true);
    expect(canVerify(rectificationDto({ status: 'Rectified' }), false)).toBe(false);
    expect(canVerify(rectificationDto(), true)).toBe(false);
  });

  it('builds the create request with its items', () => {
    const form = createInspectionForm();
    const item = createItemForm();
    form.controls.items.push(item);
    form.patchValue({
      kind: 'Milestone',
      date: new Date(2026, 4, 20),
      inspectors: ' 督查室 张某 ',
      findings: '围挡破损，扬尘措施不到位',
      projectIds: ['p1'],
    });
    item.setValue({
      projectId: 'p1',
      description: ' 修复围挡 ',
      responsibleDepartmentId: 'd-uci',
      deadline: new Date(2026, 5, 20),
    });
    expect(form.valid).toBe(true);
    expect(createInspectionRequest(form)).toEqual({
      kind: 'Milestone',
      date: '2026-05-20',
      inspectors: '督查室 张某',
      findings: '围挡破损，扬尘措施不到位',
      projectIds: ['p1'],
      items: [
        {
          projectId: 'p1',
          description: '修复围挡',
          responsibleDepartmentId: 'd-uci',
          deadline: '2026-06-20',
        },
      ],
    });
  });

  it('wants a new deadline when the check fails, and sends none when it passes', () => {
    const form = createVerifyForm();
    form.patchValue({ passed: false });
    expect(form.errors).toEqual({ newDeadlineRequired: true });
    form.patchValue({ newDeadline: new Date(2026, 6, 1), comment: ' 东侧仍破损 ' });
    expect(form.valid).toBe(true);
    const item = rectificationDto({ status: 'Rectified' });
    expect(verifyRequest(form, item)).toEqual({
      passed: false,
      comment: '东侧仍破损',
      newDeadline: '2026-07-01',
      concurrencyStamp: 'stamp-r1',
    });
    form.patchValue({ passed: true, comment: '' });
    expect(verifyRequest(form, item)).toMatchObject({
      passed: true,
      comment: null,
      newDeadline: null,
    });
  });

  it('nests an added item as the API takes it, with the inspection’s stamp', () => {
    const form = createAddItemForm();
    expect(form.valid).toBe(false);
    form.controls.item.setValue({
      projectId: 'p1',
      description: '  修复围挡  ',
      responsibleDepartmentId: 'd-uci',
      deadline: new Date(2026, 5, 20, 23, 30),
    });
    expect(form.valid).toBe(true);
    expect(addItemRequest(form, inspectionDto())).toEqual({
      item: {
        projectId: 'p1',
        description: '修复围挡',
        responsibleDepartmentId: 'd-uci',
        deadline: '2026-06-20',
      },
      concurrencyStamp: 'stamp-i1',
    });
  });
});
