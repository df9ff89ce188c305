import { pointItemOf } from '@zhibu/shared';
import { requireOrgsInScope } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { applyAppraisalVeto } from '../orglife/index';
import { appendEntries } from './ledger.repository';
import { participants } from './participants';
import { refreshBalances } from './refresh-balances';
import { ruleSetInForce } from './rule-sets.repository';
import { draftEntry } from './rules/index';

export type AwardInput = { personId: string; ruleCode: string; occurredOn: string; units: number; note: string | null };

/**
 * The branch records an item for a member: an award or deduction it decides (认定), or a veto from the
 * negative list (一票否决), which needs a stated reason. Automatic items are never recorded by hand: they
 * come from the records that earn them, so a fact is not counted twice.
 */
export async function awardPoints(ex: Executor, ctx: RequestContext, input: AwardInput): Promise<{ id: string }> {
  const person = (await participants(ex, [input.personId])).get(input.personId);
  if (!person) throw notFound();
  try {
    await requireOrgsInScope(ex, ctx.actor, 'points:review', [person.orgNodeId]);
  } catch {
    throw notFound();
  }
  if (person.personId === ctx.actor.personId) throw new AppError('POINTS_OWN_ENTRY');
  const year = Number(input.occurredOn.slice(0, 4));
  const ruleSet = await ruleSetInForce(ex, person.orgPath, year);
  if (!ruleSet) throw new AppError('POINTS_NO_RULE_SET', { year });
  const item = pointItemOf(ruleSet.definition, input.ruleCode);
  if (!item) throw new AppError('POINTS_ITEM_UNKNOWN');
  if (item.awardedBy === 'automatic') throw new AppError('POINTS_ITEM_NOT_CLAIMABLE');
  if (input.occurredOn > todayIn(ctx.timeZone)) throw new AppError('POINTS_DATE_IN_FUTURE');
  if (!(input.units > 0) || (item.unit === 'occurrence' && !Number.isInteger(input.units))) throw new AppError('POINTS_UNITS_INVALID');
  if ((item.sign === 'negative' || item.veto) && !input.note) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'note', message: '扣分或一票否决须写明事实和依据' }] });
  }
  const sourceId = newId();
  const draft = draftEntry(ruleSet.definition, { ruleCode: item.code, personId: person.personId, units: input.units, sourceType: 'branch', sourceId, occurredOn: input.occurredOn });
  const [id] = await appendEntries(ex, [
    {
      ruleSetId: ruleSet.id,
      personId: person.personId,
      orgNodeId: person.orgNodeId,
      itemCode: item.code,
      points: draft.points,
      units: draft.units,
      occurredOn: draft.occurredOn,
      origin: 'branch',
      sourceType: 'branch',
      sourceId,
      idempotencyKey: draft.idempotencyKey,
      reversesId: null,
      status: 'approved',
      note: input.note,
      createdBy: ctx.actor.accountId,
    },
  ]);
  await refreshBalances(ex, ruleSet, [person.personId]);
  // A negative-list veto forces 不合格 in the member's open 民主评议 round of that year.
  if (item.veto) await applyAppraisalVeto(ex, auditActor(ctx), { personId: person.personId, year, source: `points:${id!}`, reason: `${item.title}：${input.note!}` });
  await recordAudit(ex, auditActor(ctx), {
    action: item.veto ? 'point_entry.veto' : 'point_entry.award',
    entityType: 'point_entry',
    entityId: id!,
    after: { personId: person.personId, ruleCode: item.code, points: draft.points, occurredOn: draft.occurredOn, note: input.note },
  });
  return { id: id! };
}
