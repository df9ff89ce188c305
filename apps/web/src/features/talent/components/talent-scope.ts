import { permissionsOf, type Permission, type Role } from '@zhibu/shared';
import { ancestorIds } from '../../../ui/tree-data';

type RoleAt = { role: Role; orgNodeId: string };
type TreeNode = { id: string; parentId: string | null };

/**
 * Whether an organisation lies inside the subtrees where the user's roles grant `permission`: the
 * server's scope rule, so that links lead only to pages that will open (a person outside one's talent
 * scope answers 404). `tree` is the part of the organisation tree the user reads.
 */
export function orgInRoleScope(
  roles: readonly RoleAt[],
  permission: Permission,
  orgNodeId: string,
  tree: readonly TreeNode[],
): boolean {
  const roots = new Set(
    roles.filter((r) => permissionsOf([r.role]).includes(permission)).map((r) => r.orgNodeId),
  );
  if (roots.size === 0) return false;
  return [orgNodeId, ...ancestorIds(tree, orgNodeId)].some((id) => roots.has(id));
}
