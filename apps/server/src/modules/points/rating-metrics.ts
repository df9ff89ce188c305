import type { Reader } from '../../platform/db';
import { metricInstanceKey, type FamilyResult, type MetricDef, type MetricFamily, type MetricInstance, type MetricQuery, type MetricValue } from '../../platform/metrics';
import { splitList } from '../../platform/sql-helpers';
import { orgTotals } from './in-force-sql';

// The numbers members' points offer to ratings (the `points.ledger` family), read from the stored
// balances under the rule set in force for each org in the range's year, one query for every org
// matched: the average total of the org's members (the base for those without entries), how many were
// vetoed (named as sources), and claims still waiting.
// A range of one quarter reads that quarter's balances; any other range reads the year's.

export const POINTS_FAMILY = 'points.ledger';

const def = (d: Omit<MetricDef, 'family'>): MetricDef => ({ ...d, family: POINTS_FAMILY });

export const POINTS_METRICS: readonly MetricDef[] = [
  def({ key: 'points.average', zh: '党员平均积分', en: 'Average member points', unit: 'points' }),
  def({ key: 'points.vetoed', zh: '积分被一票否决的党员', en: 'Members whose points were vetoed', unit: 'count', sourceType: 'person' }),
  def({ key: 'points.pending_claims', zh: '待审核的积分申报', en: 'Points claims awaiting review', unit: 'count' }),
];

const KNOWN = new Set(POINTS_METRICS.map((m) => m.key));

function periodOf(q: MetricQuery): { year: number; key: string } {
  const year = Number(q.from.slice(0, 4));
  const month = Number(q.from.slice(5, 7));
  const to = new Date(`${q.to}T00:00:00Z`);
  const quarterEnd = new Date(Date.UTC(year, month + 2, 1));
  const isQuarter = q.from.slice(8) === '01' && (month - 1) % 3 === 0 && to.getTime() === quarterEnd.getTime();
  return { year, key: isQuarter ? `Q${(month - 1) / 3 + 1}` : 'Y' };
}

async function compute(read: Reader, q: MetricQuery, instances: readonly MetricInstance[]): Promise<FamilyResult> {
  for (const i of instances) if (!KNOWN.has(i.key)) throw new Error(`metric ${i.key} is not in family ${POINTS_FAMILY}`);
  const { year, key } = periodOf(q);
  const list = await read((ex) => orgTotals(ex, q.orgWhere, year, key));
  const average = new Map<string, MetricValue>();
  const vetoed = new Map<string, MetricValue>();
  const pending = new Map<string, MetricValue>();
  for (const r of list) {
    if (r.average !== null) average.set(r.orgId, { value: Math.round(r.average * 100) / 100, detail: { total: r.members } });
    if (r.vetoedCount > 0) vetoed.set(r.orgId, { value: r.vetoedCount, sourceIds: splitList(r.vetoed).sort() });
    if (r.pending > 0) pending.set(r.orgId, { value: r.pending });
  }
  const byKey: Record<string, Map<string, MetricValue>> = { 'points.average': average, 'points.vetoed': vetoed, 'points.pending_claims': pending };
  const out: FamilyResult = new Map();
  for (const i of instances) out.set(metricInstanceKey(i.key, i.params), byKey[i.key]!);
  return out;
}

export const pointsFamily: MetricFamily = { key: POINTS_FAMILY, compute };
