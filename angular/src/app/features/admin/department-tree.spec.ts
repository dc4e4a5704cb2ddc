import { DepartmentDto } from '../../api/models/department-dto';
import { buildDepartmentTree, departmentWithDescendants } from './department-tree';

const dept = (
  id: string,
  parentId: string | null,
  sortOrder: number,
  name = id,
): DepartmentDto => ({
  id,
  parentId,
  name,
  code: id.toUpperCase(),
  sortOrder,
  userCount: 0,
  concurrencyStamp: `stamp-${id}`,
  aliases: [],
});

describe('buildDepartmentTree', () => {
  const flat = [
    dept('fgj', 'gov', 20, '发改局'),
    dept('gov', null, 10, '区政府'),
    dept('zsj', 'gov', 10, '招商局'),
    dept('zs1', 'zsj', 1, '招商一科'),
    dept('lost', 'missing-parent', 5, '无上级'),
  ];

  it('nests children under their parent and orders siblings by sortOrder', () => {
    const tree = buildDepartmentTree(flat);
    expect(tree.map((n) => n.key)).toEqual(['lost', 'gov']);
    const gov = tree[1];
    expect(gov.children.map((n) => n.title)).toEqual(['招商局', '发改局']);
    expect(gov.children[0].children.map((n) => n.key)).toEqual(['zs1']);
    expect(gov.isLeaf).toBe(false);
    expect(gov.children[1].isLeaf).toBe(true);
  });

  it('marks the given keys disabled (a department cannot become its own descendant)', () => {
    const disabled = departmentWithDescendants(flat, 'zsj');
    expect([...disabled].sort()).toEqual(['zs1', 'zsj']);
    const gov = buildDepartmentTree(flat, disabled)[1];
    expect(gov.disabled).toBe(false);
    expect(gov.children[0].disabled).toBe(true);
    expect(gov.children[0].children[0].disabled).toBe(true);
  });

  it('returns an empty tree for no departments', () => {
    expect(buildDepartmentTree([])).toEqual([]);
  });
});
