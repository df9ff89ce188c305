import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { rows, withParallelReads, type Db, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import type { JobProgress, JobRunner } from '../../platform/jobs';
import type { MetricRegistry } from '../../platform/metrics';
import { inputsFactory, loadEvaluationData } from './evaluation-inputs';
import { roundManagedBy } from './round-access';
import { getRoundRow, ratedOrgsWhere, type RoundRow } from './rounds.repository';
import { applyPopulationRules, evaluateOrg, type OrgEvaluation } from './rules/index';
import { getVersionById } from './schemes.repository';
import { writeResults, type ResultRecord } from './results.repository';
import { packInputs } from './stored-criteria';

/** Starts evaluating a round as a job; the committee polls its progress. */
export async function startEvaluation(db: Db, ctx: RequestContext, jobs: JobRunner, metrics: MetricRegistry, roundId: string): Promise<{ jobId: string }> {
  const round = await roundManagedBy(db, ctx, roundId, 'rating:review');
  if (round.status !== 'open') throw new AppError('ROUND_STATE_INVALID', { status: round.status });
  const jobId = await jobs.start('rating.evaluate', ctx.actor.accountId, (progress) => evaluateRound(db, metrics, round.id, progress, ctx));
  return { jobId };
}

async function previousLevels(ex: Executor, round: RoundRow): Promise<Map<string, number>> {
  const list = await rows<{ orgId: string; level: number | null }>(
    ex,
    sql`SELECT DISTINCT ON (res.org_node_id) res.org_node_id AS "orgId", res.level
        FROM rating_result res JOIN rating_round r ON r.id = res.round_id JOIN rating_scheme_version v ON v.id = r.scheme_version_id
        WHERE v.scheme_id = ${round.schemeId} AND r.status IN ('published', 'archived') AND r.period_to <= ${round.periodFrom}
        ORDER BY res.org_node_id, r.period_to DESC`,
  );
  return new Map(list.filter((r) => r.level !== null).map((r) => [r.orgId, r.level!]));
}

/**
 * Evaluates every org a round rates: each metric family runs once for all of them, scoring is pure, and
 * the results replace the round's previous ones in one transaction (a published round is refused).
 */
export async function evaluateRound(db: Db, metrics: MetricRegistry, roundId: string, progress: JobProgress, ctx: RequestContext | null) {
  const steps = 4;
  progress(0, steps);
  const round = (await getRoundRow(db, roundId))!;
  const version = (await getVersionById(db, round.schemeVersionId))!;
  const def = version.definition;
  const orgWhere = ratedOrgsWhere(round);
  const [orgs, data, previous, overrides] = await withParallelReads(db, (read) =>
    Promise.all([
      read((ex) => rows<{ id: string }>(ex, sql`SELECT o.id FROM org_node o WHERE ${orgWhere} ORDER BY o.path`)),
      loadEvaluationData(read, metrics, { roundId, def, orgWhere, from: round.periodFrom, to: round.periodTo }),
      read((ex) => previousLevels(ex, round)),
      read((ex) => rows<{ orgId: string; level: number; reason: string }>(ex, sql`SELECT org_node_id AS "orgId", level, reason FROM rating_override WHERE round_id = ${roundId}`)),
    ]),
  );
  progress(1, steps);

  // A result keeps its inputs and rebuilds the sentences when read, so none are built here.
  const evaluations = new Map<string, OrgEvaluation>();
  const inputsOf = inputsFactory(def, metrics, data);
  for (const o of orgs) evaluations.set(o.id, evaluateOrg(def, inputsOf(o.id), { explain: false }));
  const overrideMap = new Map(overrides.map((o) => [o.orgId, { level: o.level, reason: o.reason }]));
  const population: ReturnType<typeof applyPopulationRules> = def.levels
    ? applyPopulationRules(
        [...evaluations].map(([orgId, e]) => ({ orgId, total: e.total, level: e.level ?? def.levels!.floor, hardCap: e.hardCap, vetoed: e.vetoedBy.length > 0 })),
        def.levels,
        previous,
        overrideMap,
      )
    : new Map<string, never>();
  progress(2, steps);

  const evaluatedAt = new Date().toISOString();
  const records: ResultRecord[] = [...evaluations].map(([orgId, e]) => {
    const p = population.get(orgId);
    const override = overrideMap.get(orgId);
    return {
      orgId,
      total: e.total,
      level: p ? p.level : e.level,
      computedLevel: e.level,
      bandLevel: e.bandLevel,
      hardCap: e.hardCap,
      previousLevel: previous.get(orgId) ?? null,
      flags: {
        quotaCut: p?.quotaCut ?? false,
        oneStepCapped: p?.oneStepCapped ?? false,
        overridden: p?.overridden ?? false,
        overrideReason: p?.overridden ? (override?.reason ?? null) : null,
        overrideError: p?.error ?? null,
        vetoedBy: e.vetoedBy,
      },
      categories: { list: e.categories, groups: e.groups },
      criteria: () => packInputs(def, inputsOf(orgId)),
      evaluatedAt,
    };
  });

  await db.transaction(async (tx) => {
    const locked = (await getRoundRow(tx, roundId, true))!;
    if (locked.status !== 'open') throw new AppError('ROUND_STATE_INVALID', { status: locked.status });
    await writeResults(tx, roundId, records, (done) => progress(2 + done / Math.max(records.length, 1), steps));
    await tx.execute(sql`UPDATE rating_round SET evaluated_at = ${evaluatedAt} WHERE id = ${roundId}`);
    const distribution: Record<string, number> = {};
    for (const r of records) distribution[String(r.level)] = (distribution[String(r.level)] ?? 0) + 1;
    await recordAudit(tx, ctx ? auditActor(ctx) : { accountId: null, name: 'system', ip: null }, {
      action: 'rating_round.evaluate',
      entityType: 'rating_round',
      entityId: roundId,
      after: { orgs: records.length, distribution },
    });
  });
  progress(steps, steps);
  return { orgs: records.length };
}
