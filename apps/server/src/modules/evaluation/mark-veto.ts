import { scoredItemsOf } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { managedRound, requireStatus } from './round-access';
import { isRatee } from './rounds.repository';

export type VetoInput = { personId: string; code: string; vetoed: boolean; reason?: string | null };

/**
 * 一票否决: the branch marks a veto indicator as triggered for a member, with the facts and basis as its
 * reason, or withdraws the mark. Only indicators flagged `veto` take one; nobody marks themselves.
 */
export async function markVeto(
  ex: Executor,
  ctx: RequestContext,
  roundId: string,
  input: VetoInput,
): Promise<void> {
  const round = await managedRound(ex, ctx, roundId, 'share');
  requireStatus(round, 'open', 'closed');
  if (!(await isRatee(ex, round.id, input.personId))) throw new AppError('EVALUATION_NOT_RATEE');
  if (input.personId === ctx.actor.personId) throw new AppError('EVALUATION_OWN_ENTRY');
  const item = scoredItemsOf(round.template).find((i) => i.code === input.code);
  if (!item?.veto) {
    throw new AppError('EVALUATION_INDICATOR_INVALID', {
      code: input.code,
      reason: { zh: '该指标不是一票否决项', en: 'it is not a veto indicator' },
    });
  }
  if (!input.reason) throw new AppError('EVALUATION_REASON_REQUIRED');
  const before = await one<{ reason: string }>(
    ex,
    sql`SELECT reason FROM evaluation_veto WHERE round_id = ${round.id} AND person_id = ${input.personId} AND indicator_code = ${input.code}`,
  );
  if (input.vetoed) {
    await ex.execute(sql`INSERT INTO evaluation_veto (round_id, person_id, indicator_code, reason, marked_by)
      VALUES (${round.id}, ${input.personId}, ${input.code}, ${input.reason}, ${ctx.actor.accountId})
      ON CONFLICT (round_id, person_id, indicator_code) DO UPDATE SET reason = excluded.reason, marked_by = excluded.marked_by, marked_at = now()`);
  } else {
    await ex.execute(
      sql`DELETE FROM evaluation_veto WHERE round_id = ${round.id} AND person_id = ${input.personId} AND indicator_code = ${input.code}`,
    );
  }
  await recordAudit(ex, auditActor(ctx), {
    action: input.vetoed ? 'evaluation_veto.mark' : 'evaluation_veto.withdraw',
    entityType: 'evaluation_round',
    entityId: round.id,
    before: { personId: input.personId, code: input.code, vetoed: !!before, reason: before?.reason ?? null },
    after: { personId: input.personId, code: input.code, vetoed: input.vetoed, reason: input.reason },
  });
}
