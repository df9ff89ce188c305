import { sql } from 'drizzle-orm';
import { rows, type Reader } from '../../platform/db';
import {
  metricInstanceKey,
  type FamilyResult,
  type MetricDef,
  type MetricFamily,
  type MetricInstance,
  type MetricQuery,
  type MetricValue,
} from '../../platform/metrics';

// What the post-performance evaluation offers to ratings (the `evaluation.rounds` family), one query for
// every org matched: how complete its evaluation rounds of the range's years were (sheets submitted and
// staff links used, over all that were handed out) and whether a round was published to the branch.

export const EVALUATION_FAMILY = 'evaluation.rounds';

const def = (d: Omit<MetricDef, 'family'>): MetricDef => ({ ...d, family: EVALUATION_FAMILY });

export const EVALUATION_METRICS: readonly MetricDef[] = [
  def({ key: 'evaluation.completion', zh: '岗位量化评价完成率', en: 'Post-performance evaluation completion', unit: 'ratio' }),
  def({ key: 'evaluation.published', zh: '岗位量化评价结果已公布', en: 'Post-performance evaluation published', unit: 'bool' }),
];

const KNOWN = new Set(EVALUATION_METRICS.map((m) => m.key));

async function compute(read: Reader, q: MetricQuery, instances: readonly MetricInstance[]): Promise<FamilyResult> {
  for (const i of instances) if (!KNOWN.has(i.key)) throw new Error(`metric ${i.key} is not in family ${EVALUATION_FAMILY}`);
  const fromYear = Number(q.from.slice(0, 4));
  const toYear = Number(q.to.slice(0, 4)) - (q.to.slice(5) === '01-01' ? 1 : 0);
  const list = await read((ex) =>
    rows<{ orgId: string; handed: number; done: number; published: number }>(
      ex,
      sql`WITH r AS (SELECT r.id, r.org_node_id, r.status FROM evaluation_round r JOIN org_node o ON o.id = r.org_node_id
                     WHERE ${q.orgWhere} AND r.year BETWEEN ${fromYear} AND ${toYear} AND r.status <> 'draft'),
               s AS (SELECT round_id, count(*)::int AS n, count(*) FILTER (WHERE submitted_at IS NOT NULL)::int AS d
                     FROM evaluation_sheet WHERE round_id IN (SELECT id FROM r) GROUP BY round_id),
               t AS (SELECT round_id, count(*)::int AS n, count(*) FILTER (WHERE used_at IS NOT NULL)::int AS d
                     FROM evaluation_staff_token WHERE round_id IN (SELECT id FROM r) GROUP BY round_id)
          SELECT r.org_node_id AS "orgId", sum(coalesce(s.n, 0) + coalesce(t.n, 0))::int AS handed,
                 sum(coalesce(s.d, 0) + coalesce(t.d, 0))::int AS done, count(*) FILTER (WHERE r.status = 'published')::int AS published
          FROM r LEFT JOIN s ON s.round_id = r.id LEFT JOIN t ON t.round_id = r.id
          GROUP BY r.org_node_id`,
    ),
  );
  const completion = new Map<string, MetricValue>();
  const published = new Map<string, MetricValue>();
  for (const r of list) {
    if (r.handed > 0) completion.set(r.orgId, { value: Math.round((r.done / r.handed) * 10_000) / 10_000, detail: { total: r.handed } });
    published.set(r.orgId, { value: r.published > 0 ? 1 : 0 });
  }
  const byKey: Record<string, Map<string, MetricValue>> = { 'evaluation.completion': completion, 'evaluation.published': published };
  const out: FamilyResult = new Map();
  for (const i of instances) out.set(metricInstanceKey(i.key, i.params), byKey[i.key]!);
  return out;
}

export const evaluationFamily: MetricFamily = { key: EVALUATION_FAMILY, compute };
