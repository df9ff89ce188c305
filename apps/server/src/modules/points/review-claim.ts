import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { entryForAction } from './entry-access';
import { statusWords } from './entry-status';
import { refreshBalances } from './refresh-balances';

/** The branch approves a claim, or rejects it with a reason the member sees (and may appeal). */
export async function reviewClaim(
  ex: Executor,
  ctx: RequestContext,
  input: { entryId: string; decision: 'approve' | 'reject'; reason: string | null },
): Promise<void> {
  const { entry, ruleSet } = await entryForAction(ex, ctx, input.entryId, 'points:review');
  if (entry.status !== 'claimed') throw new AppError('POINTS_ENTRY_STATE_INVALID', { status: statusWords(entry.status) });
  if (input.decision === 'reject' && !input.reason) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'reason', message: '退回申报须说明理由' }] });
  }
  const status = input.decision === 'approve' ? 'approved' : 'rejected';
  await ex.execute(sql`UPDATE point_entry SET status = ${status}, reviewed_by = ${ctx.actor.accountId}, reviewed_at = now(),
      review_reason = ${input.reason} WHERE id = ${entry.id}`);
  await refreshBalances(ex, ruleSet, [entry.personId]);
  await recordAudit(ex, auditActor(ctx), {
    action: `point_entry.${input.decision}`,
    entityType: 'point_entry',
    entityId: entry.id,
    before: { status: entry.status },
    after: { status, reason: input.reason },
  });
}
