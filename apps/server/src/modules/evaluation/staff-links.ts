import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { newId } from '../../platform/ids';
import { managedRound, requireStatus } from './round-access';
import { newRatingToken } from './rules/index';

/** At most this many links per request: a workshop's staff, not a mailing list. */
export const MAX_STAFF_LINKS = 500;

export type StaffLink = { token: string; path: string };

/**
 * Creates `count` one-time links for staff (职工群众) and returns their plaintext once: only the SHA-256
 * of each is stored, with no record of who receives it. The branch hands them out or prints them.
 */
export async function createStaffLinks(ex: Executor, roundId: string, count: number): Promise<StaffLink[]> {
  if (count <= 0) return [];
  const tokens = Array.from({ length: count }, () => newRatingToken());
  const rowsJson = JSON.stringify(tokens.map((t) => ({ id: newId(), hash: t.hash })));
  await ex.execute(sql`INSERT INTO evaluation_staff_token (id, round_id, token_hash)
    SELECT x.id, ${roundId}, x.hash FROM jsonb_to_recordset(${rowsJson}::jsonb) AS x(id uuid, hash text)`);
  return tokens.map((t) => ({ token: t.token, path: `/rate/${t.token}` }));
}

/** More links while the round is open (more staff than planned, a lost sheet of links). */
export async function issueStaffLinks(
  ex: Executor,
  ctx: RequestContext,
  roundId: string,
  count: number,
): Promise<{ staffLinks: StaffLink[] }> {
  const round = await managedRound(ex, ctx, roundId, 'update');
  requireStatus(round, 'open');
  const staffLinks = await createStaffLinks(ex, round.id, count);
  await recordAudit(ex, auditActor(ctx), {
    action: 'evaluation_round.issue_links',
    entityType: 'evaluation_round',
    entityId: round.id,
    after: { staffLinks: count },
  });
  return { staffLinks };
}
