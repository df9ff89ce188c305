import { permissionsOf, type Permission, type Role } from '@zhibu/shared';
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Executor } from './db';
import { AppError } from './errors';
import { inUuids } from './sql-helpers';

export type Assignment = { id: string; role: Role; orgNodeId: string; orgPath: string; orgName: string };

export type Actor = {
  accountId: string;
  username: string;
  displayName: string;
  personId: string | null;
  assignments: Assignment[];
  permissions: ReadonlySet<Permission>;
};

export function buildActor(a: Omit<Actor, 'permissions'>): Actor {
  return { ...a, permissions: new Set(permissionsOf(a.assignments.map((x) => x.role))) };
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/**
 * The subtree roots (materialised paths) where the actor holds `permission`. Nested roots are
 * dropped because their parent already covers them.
 */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  const paths = actor.assignments
    .filter((a) => permissionsOf([a.role]).includes(permission))
    .map((a) => a.orgPath)
    .sort((a, b) => a.length - b.length);
  const roots: string[] = [];
  for (const p of paths) if (!roots.some((r) => p.startsWith(r))) roots.push(p);
  return roots;
}

/**
 * A SQL condition: the org path expression lies inside the actor's scope for `permission`. A scope
 * at the root of the tree is no condition at all, and the few subtree roots become plain prefix LIKEs
 * (the planner misjudged a LIKE ANY over a set, scanning and sorting everyone on each page).
 */
export function inScope(actor: Actor, permission: Permission, pathExpr: SQL): SQL {
  const roots = scopePaths(actor, permission);
  if (roots.length === 0) return sql`false`;
  if (roots.some((r) => r.split('/').filter(Boolean).length === 1)) return sql`true`;
  return sql`(${sql.join(
    roots.map((r) => sql`${pathExpr} LIKE ${`${r}%`}`),
    sql` OR `,
  )})`;
}

/**
 * Checks in one query that every org id is inside the actor's scope for `permission`.
 * Ids that do not exist and ids outside the scope fail alike, so scope cannot be probed.
 */
export async function requireOrgsInScope(
  ex: Executor,
  actor: Actor,
  permission: Permission,
  orgIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(orgIds)];
  if (unique.length === 0) return;
  const found = await rows<{ id: string }>(
    ex,
    sql`SELECT id FROM org_node n WHERE ${inUuids(sql`n.id`, unique)} AND ${inScope(actor, permission, sql`n.path`)}`,
  );
  if (found.length !== unique.length) throw new AppError('OUT_OF_SCOPE');
}

/** Returns which of the given org ids are inside scope (one query). */
export async function orgsInScope(
  ex: Executor,
  actor: Actor,
  permission: Permission,
  orgIds: readonly string[],
): Promise<Set<string>> {
  if (orgIds.length === 0) return new Set();
  const found = await rows<{ id: string }>(
    ex,
    sql`SELECT id FROM org_node n WHERE ${inUuids(sql`n.id`, [...new Set(orgIds)])} AND ${inScope(actor, permission, sql`n.path`)}`,
  );
  return new Set(found.map((r) => r.id));
}
