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
import { listAgg, splitList } from '../../platform/sql-helpers';

// The numbers talent profiles offer to ratings (the `talent.pool` family), two queries for every org
// matched whatever their number:
// - talent.pool_coverage: the share of the org's members (正式 and 预备 members placed in it) who, on the
//   range's last day, were in the reserve pool or held a tier; the people counted are named as sources.
// - talent.credentials_gained: credentials obtained in the range by the people placed in the org.

export const TALENT_FAMILY = 'talent.pool';

const def = (d: Omit<MetricDef, 'family'>): MetricDef => ({ ...d, family: TALENT_FAMILY });

export const TALENT_METRICS: readonly MetricDef[] = [
  def({ key: 'talent.pool_coverage', zh: '党员进入后备人才库或人才梯队的比例', en: 'Members in the reserve pool or a talent tier', unit: 'ratio', sourceType: 'person' }),
  def({ key: 'talent.credentials_gained', zh: '新取得的证书、职称、培训、荣誉和竞赛成绩', en: 'Credentials gained', unit: 'count', sourceType: 'person' }),
];

const KNOWN = new Set(TALENT_METRICS.map((m) => m.key));

type Coverage = { orgId: string; members: number; covered: number; people: string | null };
type Gained = { orgId: string; n: number; people: string | null };

async function compute(read: Reader, q: MetricQuery, instances: readonly MetricInstance[]): Promise<FamilyResult> {
  for (const i of instances) if (!KNOWN.has(i.key)) throw new Error(`metric ${i.key} is not in family ${TALENT_FAMILY}`);
  const wanted = new Set(instances.map((i) => i.key));
  // The range is [from, to): its last day is the day before `to`.
  const [coverage, gained] = await Promise.all([
    wanted.has('talent.pool_coverage')
      ? read((ex) =>
          rows<Coverage>(
            ex,
            sql`WITH f AS MATERIALIZED (SELECT o.id FROM org_node o WHERE ${q.orgWhere}),
                m AS (SELECT p.id, p.org_node_id FROM person p
                      WHERE p.party_status IN ('full', 'probationary') AND p.org_node_id IN (SELECT id FROM f)),
                c AS (SELECT r.person_id FROM talent_reserve_entry r
                      WHERE r.entered_on < ${q.to}::date AND (r.removed_on IS NULL OR r.removed_on >= ${q.to}::date)
                      UNION
                      SELECT t.person_id FROM talent_tier_assignment t
                      WHERE t.assigned_on < ${q.to}::date AND (t.ended_on IS NULL OR t.ended_on >= ${q.to}::date))
                SELECT m.org_node_id AS "orgId", count(*)::int AS members, count(c.person_id)::int AS covered,
                       ${listAgg(sql`m.id::text`, sql`m.id`)} FILTER (WHERE c.person_id IS NOT NULL) AS people
                FROM m LEFT JOIN c ON c.person_id = m.id GROUP BY m.org_node_id`,
          ),
        )
      : Promise.resolve([]),
    wanted.has('talent.credentials_gained')
      ? read((ex) =>
          rows<Gained>(
            ex,
            sql`SELECT p.org_node_id AS "orgId", count(*)::int AS n, string_agg(DISTINCT p.id::text, chr(31)) AS people
                FROM talent_credential c JOIN person p ON p.id = c.person_id
                WHERE c.obtained_on >= ${q.from}::date AND c.obtained_on < ${q.to}::date
                  AND p.org_node_id IN (SELECT o.id FROM org_node o WHERE ${q.orgWhere})
                GROUP BY p.org_node_id`,
          ),
        )
      : Promise.resolve([]),
  ]);
  const coverageMap = new Map<string, MetricValue>();
  for (const r of coverage) {
    if (r.members === 0) continue;
    coverageMap.set(r.orgId, {
      value: Math.round((r.covered / r.members) * 10_000) / 10_000,
      sourceIds: splitList(r.people).sort(),
      detail: { total: r.members },
    });
  }
  const gainedMap = new Map<string, MetricValue>();
  for (const r of gained) gainedMap.set(r.orgId, { value: r.n, sourceIds: splitList(r.people).sort() });
  const byKey: Record<string, Map<string, MetricValue>> = { 'talent.pool_coverage': coverageMap, 'talent.credentials_gained': gainedMap };
  const out: FamilyResult = new Map();
  for (const i of instances) out.set(metricInstanceKey(i.key, i.params), byKey[i.key]!);
  return out;
}

export const talentFamily: MetricFamily = { key: TALENT_FAMILY, compute };
