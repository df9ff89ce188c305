import { sql } from 'drizzle-orm';
import { orgsInScope, requireOrgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { placementsOf } from '../people/index';
import { getRoundRow, type RoundRow, type RoundStatus } from './rounds.repository';

/**
 * A round of a branch inside the actor's evaluation:manage scope, or 404: rounds outside the scope are
 * not found (their existence is not disclosed).
 */
export async function managedRound(
  ex: Executor,
  ctx: RequestContext,
  id: string,
  lock: 'update' | 'share' | null = null,
): Promise<RoundRow> {
  const round = await getRoundRow(ex, id, lock);
  if (!round) throw notFound();
  try {
    await requireOrgsInScope(ex, ctx.actor, 'evaluation:manage', [round.orgNodeId]);
  } catch {
    throw notFound();
  }
  return round;
}

/**
 * A round the actor may read as one of its branch (evaluation:rate): they are rated or rate in it, or are
 * placed in its branch now, or manage the branch. Anyone else — a member of another branch — gets 404.
 */
export async function branchRound(
  ex: Executor,
  ctx: RequestContext,
  id: string,
): Promise<{ round: RoundRow; manages: boolean }> {
  const round = await getRoundRow(ex, id);
  if (!round) throw notFound();
  const manages = (await orgsInScope(ex, ctx.actor, 'evaluation:manage', [round.orgNodeId])).has(
    round.orgNodeId,
  );
  if (manages) return { round, manages };
  const personId = ctx.actor.personId;
  if (!personId) throw notFound();
  const inRound = await one(
    ex,
    sql`SELECT 1 AS x WHERE EXISTS (SELECT 1 FROM evaluation_ratee WHERE round_id = ${id} AND person_id = ${personId})
           OR EXISTS (SELECT 1 FROM evaluation_sheet WHERE round_id = ${id} AND rater_id = ${personId})`,
  );
  if (!inRound && (await placementsOf(ex, [personId])).get(personId) !== round.orgNodeId) throw notFound();
  return { round, manages };
}

export const STATUS_LABELS: Record<RoundStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'draft' },
  open: { zh: '评价中', en: 'open' },
  closed: { zh: '已截止', en: 'closed' },
  published: { zh: '已公布', en: 'published' },
};

export function requireStatus(round: RoundRow, ...allowed: RoundStatus[]): void {
  if (!allowed.includes(round.status)) {
    throw new AppError('EVALUATION_ROUND_STATE_INVALID', { status: STATUS_LABELS[round.status] });
  }
}
