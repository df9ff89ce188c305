import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { computeRoundResults, detailOf } from './compute-results';
import { freezeResults } from './frozen-results';
import { managedRound, requireStatus } from './round-access';
import { setStatus } from './rounds.repository';

/**
 * Publishes a closed round: every member's result is computed one last time and frozen into
 * evaluation_result, which is what everybody reads from then on. Nothing entered later, no renamed
 * member and no new template changes a published result. The branch's members then see it (接受监督).
 */
export async function publishRound(
  ex: Executor,
  ctx: RequestContext,
  roundId: string,
): Promise<{ members: number }> {
  const round = await managedRound(ex, ctx, roundId, 'update');
  requireStatus(round, 'closed');
  const details = (await computeRoundResults(ex, round)).map(detailOf);
  await freezeResults(ex, round.id, details);
  await setStatus(
    ex,
    round.id,
    'published',
    sql`, published_at = now(), published_by = ${ctx.actor.accountId}`,
  );
  await recordAudit(ex, auditActor(ctx), {
    action: 'evaluation_round.publish',
    entityType: 'evaluation_round',
    entityId: round.id,
    before: { status: 'closed' },
    after: { status: 'published', members: details.length, vetoed: details.filter((d) => d.vetoed).length },
  });
  return { members: details.length };
}
