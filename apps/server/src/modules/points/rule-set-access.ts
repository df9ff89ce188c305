import type { Permission } from '@zhibu/shared';
import { sql, type SQL } from 'drizzle-orm';
import { requireOrgsInScope, scopePaths } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { getRuleSetRow, type RuleSetRow } from './rule-sets.repository';

/**
 * Rule sets an actor may see: those of their subtrees and those of the organisations above them, which
 * are the ones in force for their members (`s` is the scope org).
 */
export function visibleRuleSets(ctx: RequestContext, permission: Permission): SQL {
  const roots = scopePaths(ctx.actor, permission);
  if (roots.length === 0) return sql`false`;
  return sql`(${sql.join(
    roots.map((r) => sql`(s.path LIKE ${`${r}%`} OR ${r} LIKE s.path || '%')`),
    sql` OR `,
  )})`;
}

/** A rule set the actor manages (its scope inside their points:manage scope), or 404. */
export async function managedRuleSet(ex: Executor, ctx: RequestContext, id: string, lock = false): Promise<RuleSetRow> {
  const rs = await getRuleSetRow(ex, id, lock);
  if (!rs) throw notFound();
  try {
    await requireOrgsInScope(ex, ctx.actor, 'points:manage', [rs.scopeOrgId]);
  } catch {
    throw notFound();
  }
  return rs;
}
