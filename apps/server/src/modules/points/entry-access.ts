import type { Permission } from '@zhibu/shared';
import { requireOrgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { entryById, type EntryRow } from './ledger.repository';
import { getRuleSetRow, type RuleSetRow } from './rule-sets.repository';

/**
 * An entry of a member in the actor's scope for `permission`, locked for the change, with its rule set.
 * Entries outside the scope are not found (their existence is not disclosed), and nobody reviews,
 * corrects or decides on their own points.
 */
export async function entryForAction(ex: Executor, ctx: RequestContext, id: string, permission: Permission): Promise<{ entry: EntryRow; ruleSet: RuleSetRow }> {
  const entry = await entryById(ex, id, true);
  if (!entry) throw notFound();
  try {
    await requireOrgsInScope(ex, ctx.actor, permission, [entry.orgNodeId]);
  } catch {
    throw notFound();
  }
  if (entry.personId === ctx.actor.personId) throw new AppError('POINTS_OWN_ENTRY');
  return { entry, ruleSet: (await getRuleSetRow(ex, entry.ruleSetId))! };
}
