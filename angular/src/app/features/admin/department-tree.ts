import { NzTreeNodeOptions } from 'ng-zorro-antd/core/tree';
import { DepartmentDto } from '../../api/models/department-dto';

export interface DepartmentNode extends NzTreeNodeOptions {
  key: string;
  title: string;
  department: DepartmentDto;
  children: DepartmentNode[];
}

function bySortOrder(a: DepartmentNode, b: DepartmentNode): number {
  return a.department.sortOrder - b.department.sortOrder || a.title.localeCompare(b.title, 'zh-CN');
}

/**
 * Builds the department tree from the flat list: children hang under their parentId, siblings are
 * ordered by sortOrder; a department whose parent is missing becomes a root.
 * `disabledKeys` marks nodes that may not be picked (e.g. a department and its descendants as its own parent).
 */
export function buildDepartmentTree(
  departments: DepartmentDto[],
  disabledKeys: ReadonlySet<string> = new Set(),
): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>(
    departments.map((department) => [
      department.id,
      {
        key: department.id,
        title: department.name,
        department,
        children: [],
        expanded: true,
        disabled: disabledKeys.has(department.id),
      },
    ]),
  );
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.department.parentId ? nodes.get(node.department.parentId) : undefined;
    (parent && parent !== node ? parent.children : roots).push(node);
  }
  const finish = (list: DepartmentNode[]): DepartmentNode[] => {
    list.sort(bySortOrder);
    for (const node of list) {
      finish(node.children);
      node.isLeaf = node.children.length === 0;
    }
    return list;
  };
  return finish(roots);
}

/** The department and everything below it. */
export function departmentWithDescendants(departments: DepartmentDto[], id: string): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const department of departments) {
      if (department.parentId && result.has(department.parentId) && !result.has(department.id)) {
        result.add(department.id);
        grew = true;
      }
    }
  }
  return result;
}
