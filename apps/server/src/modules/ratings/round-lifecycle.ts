import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import type { MetricRegistry } from '../../platform/metrics';
import { freezeSources } from './freeze-sources';
import { requireRatedOrg, roundManagedBy } from './round-access';
import { getVersionById } from './schemes.repository';

/**
 * Publishing freezes a round: its results are final and never recomputed, whatever later happens to the
 * catalogue or the records, and they keep the records that counted (`freezeSources`). Archiving files a
 * published round away from the working lists.
 */
export async function publishRound(ex: Executor, ctx: RequestContext, metrics: MetricRegistry, roundId: string): Promise<void> {
  const r = await roundManagedBy(ex, ctx, roundId, 'rating:manage', true);
  if (r.status !== 'open') throw new AppError('ROUND_STATE_INVALID', { status: r.status });
  if (!r.evaluatedAt) throw new AppError('ROUND_NOT_EVALUATED');
  // Overrides recorded after the last evaluation would not be in the results.
  const stale = await one(ex, sql`SELECT 1 FROM rating_override WHERE round_id = ${roundId} AND decided_at > ${r.evaluatedAt}`);
  if (stale) throw new AppError('ROUND_NOT_EVALUATED');
  await freezeSources(ex, metrics, r, (await getVersionById(ex, r.schemeVersionId))!.definition);
  await ex.execute(sql`UPDATE rating_round SET status = 'published', published_at = now() WHERE id = ${roundId}`);
  await recordAudit(ex, auditActor(ctx), { action: 'rating_round.publish', entityType: 'rating_round', entityId: roundId, after: { status: 'published' } });
}

export async function archiveRound(ex: Executor, ctx: RequestContext, roundId: string): Promise<void> {
  const r = await roundManagedBy(ex, ctx, roundId, 'rating:manage', true);
  if (r.status !== 'published') throw new AppError('ROUND_STATE_INVALID', { status: r.status });
  await ex.execute(sql`UPDATE rating_round SET status = 'archived', archived_at = now() WHERE id = ${roundId}`);
  await recordAudit(ex, auditActor(ctx), { action: 'rating_round.archive', entityType: 'rating_round', entityId: roundId, after: { status: 'archived' } });
}

/** Records (or with level null, withdraws) an override of an org's level (破格), with its reason. */
export async function setOverride(ex: Executor, ctx: RequestContext, input: { roundId: string; orgId: string; level: number | null; reason?: string }): Promise<void> {
  const r = await roundManagedBy(ex, ctx, input.roundId, 'rating:manage', true);
  if (r.status !== 'open') throw new AppError('ROUND_STATE_INVALID', { status: r.status });
  await requireRatedOrg(ex, ctx, r, input.orgId, 'rating:manage');
  const before = await one<Record<string, unknown>>(ex, sql`SELECT level, reason FROM rating_override WHERE round_id = ${input.roundId} AND org_node_id = ${input.orgId}`);
  if (input.level === null) {
    await ex.execute(sql`DELETE FROM rating_override WHERE round_id = ${input.roundId} AND org_node_id = ${input.orgId}`);
  } else {
    const levels = (await getVersionById(ex, r.schemeVersionId))!.definition.levels;
    if (!levels?.labels.some((l) => l.level === input.level)) {
      throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'level', message: 'not a level of this scheme' }] });
    }
    if (!input.reason?.trim()) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'reason', message: '请填写破格理由' }] });
    const result = await one<{ hardCap: number | null; vetoed: boolean }>(
      ex,
      sql`SELECT hard_cap AS "hardCap", jsonb_array_length(coalesce(flags->'vetoedBy', '[]'::jsonb)) > 0 AS vetoed
          FROM rating_result WHERE round_id = ${input.roundId} AND org_node_id = ${input.orgId}`,
    );
    if (result?.vetoed) throw new AppError('OVERRIDE_INVALID', { reason: { zh: '该组织触发一票否决', en: 'the org is vetoed' } });
    if (result && result.hardCap !== null && input.level > result.hardCap) {
      throw new AppError('OVERRIDE_INVALID', { reason: { zh: `硬性指标最高允许 ${result.hardCap} 级`, en: `hard criteria allow level ${result.hardCap} at most` } });
    }
    await ex.execute(sql`INSERT INTO rating_override (round_id, org_node_id, level, reason, decided_by) VALUES (${input.roundId}, ${input.orgId}, ${input.level},
        ${input.reason.trim()}, ${ctx.actor.accountId})
      ON CONFLICT (round_id, org_node_id) DO UPDATE SET level = EXCLUDED.level, reason = EXCLUDED.reason, decided_by = EXCLUDED.decided_by, decided_at = now()`);
  }
  await recordAudit(ex, auditActor(ctx), {
    action: input.level === null ? 'rating_override.remove' : 'rating_override.set',
    entityType: 'rating_round',
    entityId: input.roundId,
    before,
    after: { orgId: input.orgId, level: input.level, reason: input.reason ?? null },
  });
}
