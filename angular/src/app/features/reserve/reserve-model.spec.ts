import { DepartmentOptionDto } from '../../api/models/department-option-dto';
import {
  buildDepartmentOptionTree,
  canReview,
  canSubmitForReview,
  decisionRequiresComment,
  monthFromApi,
  monthToApi,
  nextStates,
  requiresReason,
  yearMonth,
} from './reserve-model';

describe('reserve model', () => {
  it('allows one step forward or 终止, and nothing from a final state', () => {
    expect(nextStates('Reserve')).toEqual(['PreConstruction', 'Terminated']);
    expect(nextStates('PreConstruction')).toEqual(['UnderConstruction', 'Terminated']);
    expect(nextStates('UnderConstruction')).toEqual(['Completed', 'Terminated']);
    expect(nextStates('Completed')).toEqual([]);
    expect(nextStates('Terminated')).toEqual([]);
    expect(requiresReason('Terminated')).toBe(true);
    expect(requiresReason('Completed')).toBe(false);
  });

  it('reads and writes months as the first day of the month', () => {
    expect(monthToApi(new Date(2025, 2, 17))).toBe('2025-03-01');
    expect(monthToApi(new Date(2025, 11, 31))).toBe('2025-12-01');
    expect(monthToApi(null)).toBeNull();
    expect(monthFromApi('2025-03-01')).toEqual(new Date(2025, 2, 1));
    expect(monthFromApi(null)).toBeNull();
    expect(yearMonth('2025-03-01')).toBe('2025-03');
  });

  it('builds the department tree from the flat options', () => {
    const option = (id: string, parentId: string | null): DepartmentOptionDto => ({
      id,
      parentId,
      name: id,
      code: id,
      isTown: false,
    });
    const tree = buildDepartmentOptionTree([
      option('gov', null),
      option('fgw', 'gov'),
      option('orphan', 'missing'),
    ]);
    expect(tree.map((n) => n.key)).toEqual(['gov', 'orphan']);
    expect(tree[0].children.map((n) => n.key)).toEqual(['fgw']);
    expect(tree[0].isLeaf).toBe(false);
    expect(tree[0].children[0].isLeaf).toBe(true);
  });

  it('allows 申报 from 草稿/已退回, 审核 on 已申报, and needs a comment to return or reject', () => {
    expect(canSubmitForReview('Draft')).toBe(true);
    expect(canSubmitForReview('Returned')).toBe(true);
    expect(canSubmitForReview('Submitted')).toBe(false);
    expect(canSubmitForReview('Accepted')).toBe(false);
    expect(canSubmitForReview('Rejected')).toBe(false);
    expect(canReview('Submitted')).toBe(true);
    expect(canReview('Draft')).toBe(false);
    expect(decisionRequiresComment('Return')).toBe(true);
    expect(decisionRequiresComment('Reject')).toBe(true);
    expect(decisionRequiresComment('Accept')).toBe(false);
  });
});
