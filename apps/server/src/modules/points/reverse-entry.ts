import { pointItemOf } from '@zhibu/shared';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { liftAppraisalVeto } from '../orglife/index';
import { appendEntries, type EntryRow, type EntryOrigin } from './ledger.repository';
import type { RuleSetRow } from './rule-sets.repository';
import { entryForAction } from './entry-access';
import { statusWords } from './entry-status';
import { refreshBalances } from './refresh-balances';

/** Whether an entry can still be corrected: an approved original that has not been reversed. */
export function reversible(entry: EntryRow): boolean {
  return entry.status === 'approved' && !entry.reversesEntryId && !entry.reversedBy;
}

/**
 * Appends the entry that cancels `entry` (same item, date and slot, opposite points). Reversing a veto
 * also lifts the 不合格 it forced in the member's open 民主评议 round.
 */
export async function appendReversal(ex: Executor, ctx: RequestContext, ruleSet: RuleSetRow, entry: EntryRow, origin: EntryOrigin, note: string): Promise<string> {
  const [id] = await appendEntries(ex, [
    {
      ruleSetId: entry.ruleSetId,
      personId: entry.personId,
      orgNodeId: entry.orgNodeId,
      itemCode: entry.ruleCode,
      points: -entry.points,
      units: -entry.units,
      occurredOn: entry.occurredOn,
      origin,
      sourceType: entry.sourceType,
      sourceId: entry.sourceId,
      idempotencyKey: entry.idempotencyKey,
      reversesId: entry.id,
      status: 'approved',
      note,
      createdBy: ctx.actor.accountId,
    },
  ]);
  await refreshBalances(ex, ruleSet, [entry.personId]);
  if (pointItemOf(ruleSet.definition, entry.ruleCode)?.veto) {
    await liftAppraisalVeto(ex, auditActor(ctx), { personId: entry.personId, year: ruleSet.year, source: `points:${entry.id}` });
  }
  return id!;
}

/**
 * The branch corrects a mistaken award or deduction by a reversing entry with a reason; nothing is
 * edited or deleted. Entries made from records are corrected by correcting the record.
 */
export async function reverseEntry(ex: Executor, ctx: RequestContext, input: { entryId: string; reason: string }): Promise<{ id: string }> {
  const { entry, ruleSet } = await entryForAction(ex, ctx, input.entryId, 'points:review');
  if (entry.origin === 'automatic') throw new AppError('POINTS_ENTRY_STATE_INVALID', { status: { zh: '由记录自动计分', en: 'derived from a record' } });
  if (!reversible(entry)) throw new AppError('POINTS_ENTRY_STATE_INVALID', { status: entry.reversedBy ? { zh: '已冲正', en: 'reversed' } : statusWords(entry.status) });
  const id = await appendReversal(ex, ctx, ruleSet, entry, 'branch', input.reason);
  await recordAudit(ex, auditActor(ctx), {
    action: 'point_entry.reverse',
    entityType: 'point_entry',
    entityId: entry.id,
    after: { reversal: id, points: -entry.points, reason: input.reason },
  });
  return { id };
}
