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
import { applyPopulationRules, scoreOrg, type PopulationOutcome, type RatedOrg } from './rules/index';
import { getVersionById } from './schemes.repository';
import { resultWriter, settleLevels, type ResultRecord, type ResultWriter } from './results.repository';
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

/** Orgs scored and sent to the database at a time: the next chunk is scored while one is stored. */
const CHUNK = 250;

/**
 * Evaluates every org a round rates: each metric family runs once for all of them, scoring is pure, and
 * the results replace the round's previous ones in one transaction (a published round is refused).
 * Results are stored as they are scored, with the level each org earns on its own; the rules over all
 * orgs (quotas, one step up, overrides) then settle the few levels they change.
 */
export async function evaluateRound(db: Db, metrics: MetricRegistry, roundId: string, progress: JobProgress, ctx: RequestContext | null) {
  const steps = 3;
  progress(0, steps);
  const round = (await getRoundRow(db, roundId))!;
  const version = (await getVersionById(db, round.schemeVersionId))!;
  const def = version.definition;
  const orgWhere = ratedOrgsWhere(round);
  const [orgs, data, previous, overrides] = await withParallelReads(db, (read) =>
    Promise.all([
      read((ex) => rows<{ id: string }>(ex, sql`SELECT o.id FROM org_node o WHERE ${orgWhere} ORDER BY o.path`)),
      loadEvaluationData(read, metrics, { roundId, def, orgWhere, from: round.periodFrom, to: round.periodTo, sources: false }),
      read((ex) => previousLevels(ex, round)),
      read((ex) => rows<{ orgId: string; level: number; reason: string }>(ex, sql`SELECT org_node_id AS "orgId", level, reason FROM rating_override WHERE round_id = ${roundId}`)),
    ]),
  );
  progress(1, steps);

  const inputsOf = inputsFactory(def, metrics, data);
  const evaluatedAt = new Date().toISOString();
  // What the rules over all orgs need of each (its own level stays `computed`).
  const rated: (RatedOrg & { computed: number | null; vetoedBy: string[] })[] = [];
  await db.transaction(async (tx) => {
    const locked = (await getRoundRow(tx, roundId, true))!;
    if (locked.status !== 'open') throw new AppError('ROUND_STATE_INVALID', { status: locked.status });
    // A result keeps its inputs and rebuilds the sentences when read, so none are built here; nor are
    // the records that counted kept: a draft lists them when shown, publishing keeps them.
    const score = (orgId: string): ResultRecord => {
      const inputs = inputsOf(orgId);
      const e = scoreOrg(def, inputs);
      rated.push({ orgId, total: e.total, level: e.level ?? def.levels?.floor ?? 0, computed: e.level, hardCap: e.hardCap, vetoed: e.vetoedBy.length > 0, vetoedBy: e.vetoedBy });
      return {
        orgId,
        total: e.total,
        level: e.level,
        computedLevel: e.level,
        bandLevel: e.bandLevel,
        hardCap: e.hardCap,
        previousLevel: previous.get(orgId) ?? null,
        flags: flagsOf(e.vetoedBy),
        categories: { list: e.categories, groups: e.groups },
        criteria: JSON.stringify(packInputs(def, inputs, false)),
        evaluatedAt,
      };
    };
    await scoreInChunks(
      await resultWriter(tx, roundId),
      orgs.map((o) => o.id),
      score,
      (done) => progress(1 + done / Math.max(orgs.length, 1), steps),
    );

    const overrideMap = new Map(overrides.map((o) => [o.orgId, { level: o.level, reason: o.reason }]));
    const population = def.levels ? applyPopulationRules(rated, def.levels, previous, overrideMap) : new Map<string, PopulationOutcome>();
    const settled: { orgId: string; level: number | null; flags: Record<string, unknown> }[] = [];
    const distribution: Record<string, number> = {};
    for (const r of rated) {
      const p = population.get(r.orgId);
      const level = p ? p.level : r.computed;
      distribution[String(level)] = (distribution[String(level)] ?? 0) + 1;
      if (p && (p.level !== r.computed || p.quotaCut || p.oneStepCapped || p.overridden || p.error)) {
        settled.push({ orgId: r.orgId, level, flags: flagsOf(r.vetoedBy, p, p.overridden ? (overrideMap.get(r.orgId)?.reason ?? null) : null) });
      }
    }
    await settleLevels(tx, roundId, settled);
    await tx.execute(sql`UPDATE rating_round SET evaluated_at = ${evaluatedAt} WHERE id = ${roundId}`);
    await recordAudit(tx, ctx ? auditActor(ctx) : { accountId: null, name: 'system', ip: null }, {
      action: 'rating_round.evaluate',
      entityType: 'rating_round',
      entityId: roundId,
      after: { orgs: rated.length, distribution },
    });
  });
  progress(steps, steps);
  return { orgs: rated.length };
}

/** Scores the orgs chunk by chunk, each chunk sent to be stored while the next one is scored. */
async function scoreInChunks(writer: ResultWriter, orgIds: readonly string[], score: (orgId: string) => ResultRecord, progress: (done: number) => void) {
  try {
    for (let i = 0; i < orgIds.length; i += CHUNK) {
      await writer.add(orgIds.slice(i, i + CHUNK).map(score));
      progress(Math.min(i + CHUNK, orgIds.length));
    }
  } catch (e) {
    // A chunk still being stored must settle before the transaction rolls back.
    await writer.finish().catch(() => undefined);
    throw e;
  }
  await writer.finish();
}

/** A result's flags: what the rules over all orgs did to its level (nothing, until they have run). */
function flagsOf(vetoedBy: string[], p?: PopulationOutcome, overrideReason: string | null = null): Record<string, unknown> {
  return {
    quotaCut: p?.quotaCut ?? false,
    oneStepCapped: p?.oneStepCapped ?? false,
    overridden: p?.overridden ?? false,
    overrideReason,
    overrideError: p?.error ?? null,
    vetoedBy,
  };
}
