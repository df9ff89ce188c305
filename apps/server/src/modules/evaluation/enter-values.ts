import { scoredItemsOf } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { managedRound, requireStatus } from './round-access';
import { rateesOf, valuesOfRound } from './rounds.repository';

export type ValueEntry = { personId: string; code: string; value: number | null; reason?: string | null };

/** A metric value typed in over an automatic indicator stays within this (hours, counts, rates). */
const MAX_METRIC_VALUE = 100_000;

/**
 * The branch enters what it decides: the points of `manual` indicators (0..maxScore), or, with a
 * reason, the metric value of an `automatic` indicator whose value is missing or wrong (the indicator's
 * rule then turns it into points, as for a value read automatically). `value: null` removes an entry.
 * Rated indicators come only from the raters. Nobody enters values for themselves. Allowed until the
 * round is published.
 */
export async function enterValues(
  ex: Executor,
  ctx: RequestContext,
  roundId: string,
  entries: readonly ValueEntry[],
): Promise<{ saved: number }> {
  const round = await managedRound(ex, ctx, roundId, 'share');
  requireStatus(round, 'open', 'closed');
  const ratees = new Set((await rateesOf(ex, round.id)).map((r) => r.personId));
  const items = new Map(scoredItemsOf(round.template).map((i) => [i.code, i]));
  for (const e of entries) {
    if (!ratees.has(e.personId)) throw new AppError('EVALUATION_NOT_RATEE');
    if (e.personId === ctx.actor.personId) throw new AppError('EVALUATION_OWN_ENTRY');
    const item = items.get(e.code);
    const invalid = (zh: string, en: string) =>
      new AppError('EVALUATION_INDICATOR_INVALID', { code: e.code, reason: { zh, en } });
    if (!item) throw invalid('没有该指标', 'no such indicator');
    if (item.source === 'rated') throw invalid('该指标由评价打分产生', 'it is rated by the raters');
    if (e.value === null) continue;
    if (item.source === 'manual' && (e.value < 0 || e.value > item.maxScore)) {
      throw invalid(`分值须在 0–${item.maxScore} 之间`, `points must lie within 0–${item.maxScore}`);
    }
    if (item.source === 'automatic') {
      if (!e.reason) throw new AppError('EVALUATION_REASON_REQUIRED');
      if (e.value < 0 || e.value > MAX_METRIC_VALUE) {
        throw invalid('取数值超出范围', 'the value is out of range');
      }
    }
  }
  const before = new Map((await valuesOfRound(ex, round.id)).map((v) => [`${v.personId}/${v.code}`, v]));
  for (const e of entries) {
    if (e.value === null) {
      await ex.execute(
        sql`DELETE FROM evaluation_value WHERE round_id = ${round.id} AND person_id = ${e.personId} AND indicator_code = ${e.code}`,
      );
      continue;
    }
    const override = items.get(e.code)!.source === 'automatic';
    await ex.execute(sql`INSERT INTO evaluation_value (round_id, person_id, indicator_code, value, override, reason, entered_by)
      VALUES (${round.id}, ${e.personId}, ${e.code}, ${e.value}, ${override}, ${e.reason ?? null}, ${ctx.actor.accountId})
      ON CONFLICT (round_id, person_id, indicator_code)
      DO UPDATE SET value = excluded.value, override = excluded.override, reason = excluded.reason, entered_by = excluded.entered_by, entered_at = now()`);
  }
  await recordAudit(ex, auditActor(ctx), {
    action: 'evaluation_value.enter',
    entityType: 'evaluation_round',
    entityId: round.id,
    before: {
      entries: entries.map((e) => {
        const b = before.get(`${e.personId}/${e.code}`);
        return { personId: e.personId, code: e.code, value: b?.value ?? null, reason: b?.reason ?? null };
      }),
    },
    after: {
      entries: entries.map((e) => ({
        personId: e.personId,
        code: e.code,
        value: e.value,
        reason: e.reason ?? null,
      })),
    },
  });
  return { saved: entries.length };
}
