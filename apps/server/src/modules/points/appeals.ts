import { sql } from 'drizzle-orm';
import { requireOrgsInScope } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { entryById } from './ledger.repository';
import { refreshBalances } from './refresh-balances';
import { getRuleSetRow } from './rule-sets.repository';
import { appendReversal, reversible } from './reverse-entry';

// 申诉. A member contests a rejected claim or a branch's award, deduction or veto; the committee above the
// branch decides (points:decide), with a reason the member reads. Upholding a rejected claim approves it;
// upholding against a branch entry reverses it. Entries made from records are contested by correcting
// the record, so they cannot be appealed here.

export async function fileAppeal(ex: Executor, ctx: RequestContext, input: { entryId: string; reason: string }): Promise<{ id: string }> {
  const entry = await entryById(ex, input.entryId, true);
  if (!entry || entry.personId !== ctx.actor.personId) throw notFound();
  const contestable = entry.reversesEntryId === null && !entry.reversedBy && (entry.status === 'rejected' || (entry.status === 'approved' && entry.origin === 'branch'));
  if (!contestable) throw new AppError('POINTS_ENTRY_STATE_INVALID', { status: { zh: '不可申诉', en: 'not open to appeal' } });
  const open = await one<{ id: string }>(ex, sql`SELECT id FROM point_appeal WHERE entry_id = ${entry.id} AND status = 'open'`);
  if (open) throw new AppError('POINTS_APPEAL_OPEN');
  const id = newId();
  await ex.execute(sql`INSERT INTO point_appeal (id, entry_id, person_id, org_node_id, reason, status)
    VALUES (${id}, ${entry.id}, ${entry.personId}, ${entry.orgNodeId}, ${input.reason}, 'open')`);
  await recordAudit(ex, auditActor(ctx), { action: 'point_appeal.file', entityType: 'point_appeal', entityId: id, after: { entryId: entry.id, reason: input.reason } });
  return { id };
}

export async function decideAppeal(ex: Executor, ctx: RequestContext, input: { appealId: string; decision: 'uphold' | 'dismiss'; reason: string }): Promise<void> {
  const appeal = await one<{ id: string; entryId: string; personId: string; orgNodeId: string; status: string }>(
    ex,
    sql`SELECT id, entry_id AS "entryId", person_id AS "personId", org_node_id AS "orgNodeId", status FROM point_appeal WHERE id = ${input.appealId} FOR UPDATE`,
  );
  if (!appeal) throw notFound();
  try {
    await requireOrgsInScope(ex, ctx.actor, 'points:decide', [appeal.orgNodeId]);
  } catch {
    throw notFound();
  }
  if (appeal.personId === ctx.actor.personId) throw new AppError('POINTS_OWN_ENTRY');
  if (appeal.status !== 'open') throw new AppError('POINTS_APPEAL_STATE_INVALID');
  const entry = (await entryById(ex, appeal.entryId, true))!;
  const ruleSet = (await getRuleSetRow(ex, entry.ruleSetId))!;
  let effect: Record<string, unknown> = {};
  if (input.decision === 'uphold') {
    if (entry.status === 'rejected') {
      await ex.execute(sql`UPDATE point_entry SET status = 'approved', reviewed_by = ${ctx.actor.accountId}, reviewed_at = now(),
          review_reason = ${`申诉成立：${input.reason}`} WHERE id = ${entry.id}`);
      await refreshBalances(ex, ruleSet, [entry.personId]);
      effect = { approved: entry.id };
    } else if (reversible(entry)) {
      effect = { reversal: await appendReversal(ex, ctx, ruleSet, entry, 'appeal', `申诉成立：${input.reason}`) };
    }
  }
  const status = input.decision === 'uphold' ? 'upheld' : 'dismissed';
  await ex.execute(sql`UPDATE point_appeal SET status = ${status}, decided_by = ${ctx.actor.accountId}, decided_at = now(),
      decision_reason = ${input.reason} WHERE id = ${appeal.id}`);
  await recordAudit(ex, auditActor(ctx), {
    action: `point_appeal.${input.decision}`,
    entityType: 'point_appeal',
    entityId: appeal.id,
    before: { status: 'open' },
    after: { status, reason: input.reason, ...effect },
  });
}
