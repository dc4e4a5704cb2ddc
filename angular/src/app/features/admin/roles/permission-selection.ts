import { PermissionGroupDto } from '../../../api/models/permission-group-dto';

export interface GroupCheckState {
  all: boolean;
  some: boolean;
}

/** Whether all, or only some, of a group's permissions are checked (drives the group checkbox). */
export function groupCheckState(
  group: PermissionGroupDto,
  checked: ReadonlySet<string>,
): GroupCheckState {
  const count = group.permissions.filter((permission) => checked.has(permission.name)).length;
  return {
    all: count > 0 && count === group.permissions.length,
    some: count > 0 && count < group.permissions.length,
  };
}
