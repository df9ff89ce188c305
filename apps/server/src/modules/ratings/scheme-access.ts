import type { Permission } from '@zhibu/shared';
import { sql, type SQL } from 'drizzle-orm';
import { inScope, requireOrgsInScope, scopePaths, type Actor } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { getSchemeRow, type SchemeRow } from './schemes.repository';

/**
 * A scheme or round set up at an org applies to that org's subtree: the actor sees it when its scope
 * lies inside the actor's scope (a committee looking down) or the actor's scope lies inside it (a
 * branch the scheme applies to).
 */
export function appliesToActor(actor: Actor, permission: Permission, scopePathExpr: SQL): SQL {
  const roots = scopePaths(actor, permission);
  if (roots.length === 0) return sql`false`;
  return sql`(${inScope(actor, permission, scopePathExpr)} OR ${sql.join(
    roots.map((r) => sql`${r} LIKE ${scopePathExpr} || '%'`),
    sql` OR `,
  )})`;
}

/** Loads a scheme for reading (it applies to the actor) or for managing (its scope org is in scope). */
export async function schemeForActor(ex: Executor, ctx: RequestContext, id: string, permission: 'rating:read' | 'rating:manage'): Promise<SchemeRow> {
  const s = await getSchemeRow(ex, id);
  if (!s) throw notFound();
  if (permission === 'rating:manage') {
    await requireOrgsInScope(ex, ctx.actor, 'rating:manage', [s.scopeOrgId]);
    return s;
  }
  const roots = scopePaths(ctx.actor, 'rating:read');
  if (!roots.some((r) => s.scopePath.startsWith(r) || r.startsWith(s.scopePath))) throw notFound();
  return s;
}
