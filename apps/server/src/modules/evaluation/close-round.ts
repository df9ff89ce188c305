import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { managedRound, requireStatus } from './round-access';
import { setStatus } from './rounds.repository';

/**
 * Ends the rating: sheets can no longer be submitted or changed, and every staff link not yet used is
 * revoked (a late link answers RATING_TOKEN_REVOKED). The branch may still enter values and vetoes
 * until it publishes.
 */
export async function closeRound(
  ex: Executor,
  ctx: RequestContext,
  roundId: string,
): Promise<{ revokedLinks: number }> {
  const round = await managedRound(ex, ctx, roundId, 'update');
  requireStatus(round, 'open');
  const revoked = await rows<{ id: string }>(
    ex,
    sql`UPDATE evaluation_staff_token SET revoked_at = now() WHERE round_id = ${round.id} AND used_at IS NULL AND revoked_at IS NULL RETURNING id`,
  );
  await setStatus(ex, round.id, 'closed', sql`, closed_at = now()`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'evaluation_round.close',
    entityType: 'evaluation_round',
    entityId: round.id,
    before: { status: 'open' },
    after: { status: 'closed', revokedLinks: revoked.length },
  });
  return { revokedLinks: revoked.length };
}
