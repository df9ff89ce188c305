import { criteriaOf, type SchemeDefinition } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import type { MetricRegistry } from '../../platform/metrics';
import { inputsFactory, loadEvaluationData } from './evaluation-inputs';
import { ratedOrgsWhere, type RoundRow } from './rounds.repository';
import type { CriterionInput } from './rules/index';
import { packInputs, sameFacts, unpackInputs, withListed, type StoredInputs } from './stored-criteria';

/** Results rewritten per statement: two parameters each. */
const CHUNK = 500;

/**
 * Publishing keeps with every result the records that counted, so that the published round links
 * exactly those whatever later happens to them. They are listed again, in the publishing transaction,
 * for every org the round rates, and kept only if every metric still says what the evaluation stored
 * and the orgs rated are still those with results: when records changed after the evaluation the round
 * is refused (`ROUND_RECORDS_CHANGED`) and must be evaluated again, so a published figure never stands
 * beside records it did not count.
 */
export async function freezeSources(
  ex: Executor,
  metrics: MetricRegistry,
  round: RoundRow,
  def: SchemeDefinition,
): Promise<void> {
  const data = await loadEvaluationData(ex, metrics, {
    roundId: round.id,
    def,
    orgWhere: ratedOrgsWhere(round),
    from: round.periodFrom,
    to: round.periodTo,
    sources: true,
  });
  const now = inputsFactory(def, metrics, data);
  const stored = await rows<{ orgId: string; criteria: StoredInputs }>(
    ex,
    sql`SELECT org_node_id AS "orgId", criteria FROM rating_result WHERE round_id = ${round.id}`,
  );
  const measured = criteriaOf(def).filter((c) => c.metric);
  const kept: { orgId: string; criteria: string }[] = [];
  // An org rated now without a result (a branch set up since), or with one but no longer rated, also
  // means the records changed after the evaluation.
  const rated = new Set((await rows<{ id: string }>(ex, sql`SELECT o.id FROM org_node o WHERE ${ratedOrgsWhere(round)}`)).map((o) => o.id));
  const withResult = new Set(stored.map((r) => r.orgId));
  let changed = [...rated].filter((id) => !withResult.has(id)).length + stored.filter((r) => !rated.has(r.orgId)).length;
  for (const r of stored) {
    // Subjects and units are not stored, so they are not needed to pack the inputs again.
    const before = unpackInputs(def, r.criteria, () => ({}));
    const after = now(r.orgId);
    if (!measured.every((c) => sameFacts(before(c.code).metric, after(c.code).metric))) {
      changed++;
      continue;
    }
    const withSources = (code: string): CriterionInput => {
      const b = before(code);
      return b.metric ? { ...b, metric: withListed(b.metric, after(code).metric) } : b;
    };
    kept.push({ orgId: r.orgId, criteria: JSON.stringify(packInputs(def, withSources)) });
  }
  if (changed > 0) throw new AppError('ROUND_RECORDS_CHANGED', { count: changed });
  for (let i = 0; i < kept.length; i += CHUNK) {
    const values = sql.join(
      kept.slice(i, i + CHUNK).map((k) => sql`(${k.orgId}::uuid, ${k.criteria}::json)`),
      sql`, `,
    );
    await ex.execute(sql`UPDATE rating_result r SET criteria = x.criteria FROM (VALUES ${values}) AS x(org, criteria)
      WHERE r.round_id = ${round.id} AND r.org_node_id = x.org`);
  }
}
