import type { Permission } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { orgsInScope, scopePaths } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { getRoundRow, ratedOrgsWhere, type RoundRow } from './rounds.repository';

/**
 * Loads a round the actor may see with `permission`: a committee whose scope contains the round's
 * scope (reviewing, managing), or a branch inside the round's scope (its own assessment).
 */
export async function roundForActor(ex: Executor, ctx: RequestContext, id: string, permission: Permission, forUpdate = false): Promise<RoundRow> {
  const r = await getRoundRow(ex, id, forUpdate);
  if (!r) throw notFound();
  const roots = scopePaths(ctx.actor, permission);
  if (!roots.some((p) => r.scopePath.startsWith(p) || p.startsWith(r.scopePath))) {
    const readable = scopePaths(ctx.actor, 'rating:read').some((p) => r.scopePath.startsWith(p) || p.startsWith(r.scopePath));
    throw readable ? new AppError('FORBIDDEN') : notFound();
  }
  return r;
}

/** Like roundForActor, but the actor must hold `permission` over the whole round (a committee action). */
export async function roundManagedBy(ex: Executor, ctx: RequestContext, id: string, permission: Permission, forUpdate = false): Promise<RoundRow> {
  const r = await roundForActor(ex, ctx, id, permission, forUpdate);
  if (!scopePaths(ctx.actor, permission).some((p) => r.scopePath.startsWith(p))) throw new AppError('FORBIDDEN');
  return r;
}

/** Checks that `orgId` is rated by the round and inside the actor's scope for `permission`. */
export async function requireRatedOrg(ex: Executor, ctx: RequestContext, round: RoundRow, orgId: string, permission: Permission): Promise<{ id: string; name: string; code: string; path: string }> {
  const org = await one<{ id: string; name: string; code: string; path: string }>(
    ex,
    sql`SELECT o.id, o.name, o.code, o.path FROM org_node o WHERE o.id = ${orgId} AND ${ratedOrgsWhere(round)}`,
  );
  if (!org || !(await orgsInScope(ex, ctx.actor, permission, [orgId])).has(orgId)) {
    const readable = org && (await orgsInScope(ex, ctx.actor, 'rating:read', [orgId])).has(orgId);
    throw readable ? new AppError('FORBIDDEN') : notFound();
  }
  return org;
}
