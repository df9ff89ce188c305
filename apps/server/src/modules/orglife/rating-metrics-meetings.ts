import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import type { MetricQuery, MetricValue } from '../../platform/metrics';
import { ABSENCE_WARN_MONTHS } from './rules/absence-warnings';
import type { MeetingType, Period } from './rules/frequency-rules';
import { monthLabel, monthsInRange, periodKey, periodsInRange } from './rating-metrics-periods';
import { listAgg, MISSING_LIST, splitList } from './rating-metrics-sql';

// Rating metrics over the sittings themselves: the meeting facts by month, the Party groups' monthly
// meetings, one scan of the meetings for shares and counts, and the stretches without any sitting.
// Each function is one set-based query for every org matched by `orgWhere`.

type ByOrg = Map<string, MetricValue>;
const COUNTING = sql`m.status IN ('held', 'recorded', 'reviewed')`;

export type HeldRequest = { instanceKey: string; type: MeetingType; period?: Period };

/**
 * `meetings.periods` and `meetings.count` for any number of (type, period) requests: one pass over the
 * `meeting_held.<type>` facts of all requested types, grouped by org and kind, folded into periods here.
 * Facts are unique per kind and meeting, so a sitting edited after it was held still counts once.
 */
export async function heldByPeriod(ex: Executor, q: MetricQuery, requests: readonly HeldRequest[]): Promise<Map<string, ByOrg>> {
  const out = new Map<string, ByOrg>(requests.map((r) => [r.instanceKey, new Map()]));
  if (requests.length === 0) return out;
  const kinds = [...new Set(requests.map((r) => `meeting_held.${r.type}`))];
  // One row per org and kind with the days and meetings as parallel lists: a hash aggregate, no sorting
  // per group (ordering happens here). Orgs in scope without any such sitting come back with kind null.
  const list = await rows<{ orgId: string; kind: string | null; days: string | null; ids: string | null }>(
    ex,
    sql`SELECT o.id AS "orgId", f.kind, ${listAgg(sql`f.on_date::text`)} AS days, ${listAgg(sql`f.source_id::text`)} AS ids
        FROM org_node o
        LEFT JOIN fact f ON f.org_node_id = o.id AND f.kind IN ${kinds} AND f.on_date >= ${q.from} AND f.on_date < ${q.to}
        WHERE ${q.orgWhere}
        GROUP BY o.id, f.kind`,
  );
  // org → kind → the meetings in date order and the distinct months they fall in
  const held = new Map<string, Map<string, { ids: string[]; months: string[] }>>();
  for (const r of list) {
    const byKind = held.get(r.orgId) ?? new Map<string, { ids: string[]; months: string[] }>();
    held.set(r.orgId, byKind);
    if (r.kind === null) continue;
    const ids = splitList(r.ids);
    const days = splitList(r.days);
    const order = days.map((_, i) => i).sort((x, y) => (days[x] === days[y] ? (ids[x]! < ids[y]! ? -1 : 1) : days[x]! < days[y]! ? -1 : 1));
    byKind.set(r.kind, { ids: order.map((i) => ids[i]!), months: [...new Set(order.map((i) => days[i]!.slice(0, 7)))] });
  }
  const none = { ids: [] as string[], months: [] as string[] };
  for (const req of requests) {
    const target = out.get(req.instanceKey)!;
    const kind = `meeting_held.${req.type}`;
    if (!req.period) {
      for (const [orgId, byKind] of held) {
        const ids = byKind.get(kind)?.ids;
        if (ids) target.set(orgId, { value: ids.length, sourceIds: ids });
      }
      continue;
    }
    const period = req.period;
    const slots = periodsInRange(period, q.from, q.to);
    for (const [orgId, byKind] of held) {
      // Every org in scope gets its periods, so that one without any sitting still lists what it missed.
      const { ids, months } = byKind.get(kind) ?? none;
      const met = new Set(months.map((m) => periodKey(period, m)));
      const missing = slots.filter((s) => !met.has(s.key)).map((s) => s.label);
      target.set(orgId, { value: slots.length - missing.length, sourceIds: ids, detail: { total: slots.length, missing } });
    }
  }
  return out;
}

/**
 * `meetings.group_coverage`: for each branch, the share of (Party group × month in range) pairs in which
 * that group held a 党小组会. Groups are the branch's children of type group still existing at the end of
 * the range. A branch without groups gets 0 with a note.
 */
export async function groupCoverage(ex: Executor, q: MetricQuery): Promise<ByOrg> {
  const list = await rows<{ orgId: string; orgName: string; groupId: string | null; groupName: string | null; days: string | null; ids: string | null }>(
    ex,
    sql`WITH grp AS (
          SELECT o.id AS org, o.name AS "orgName", g.id, coalesce(g.short_name, g.name) AS name, g.code
          FROM org_node o JOIN org_node g ON g.parent_id = o.id AND g.type = 'group' AND (g.dissolved_at IS NULL OR g.dissolved_at >= ${q.to})
          WHERE o.type = 'branch' AND ${q.orgWhere}
        ),
        held AS (
          SELECT f.org_node_id AS id, ${listAgg(sql`f.on_date::text`)} AS days, ${listAgg(sql`f.source_id::text`)} AS ids
          FROM fact f
          WHERE f.kind = 'meeting_held.group_meeting' AND f.on_date >= ${q.from} AND f.on_date < ${q.to}
            AND f.org_node_id IN (SELECT id FROM grp)
          GROUP BY f.org_node_id
        )
        SELECT o.id AS "orgId", o.name AS "orgName", grp.id AS "groupId", grp.name AS "groupName", held.days, held.ids
        FROM org_node o LEFT JOIN grp ON grp.org = o.id LEFT JOIN held ON held.id = grp.id
        WHERE o.type = 'branch' AND ${q.orgWhere}
        ORDER BY o.id, grp.code`,
  );
  const months = monthsInRange(q.from, q.to);
  const out: ByOrg = new Map();
  const byOrg = new Map<string, typeof list>();
  for (const r of list) {
    const groups = byOrg.get(r.orgId) ?? [];
    groups.push(r);
    byOrg.set(r.orgId, groups);
  }
  for (const [orgId, groups] of byOrg) {
    const real = groups.filter((g) => g.groupId !== null);
    if (real.length === 0) {
      out.set(orgId, { value: 0, sourceIds: [], detail: { total: 0, missing: [], note: '未设党小组' } });
      continue;
    }
    const missing: string[] = [];
    let covered = 0;
    for (const g of real) {
      const held = new Set(splitList(g.days).map((d) => d.slice(0, 7)));
      // "制丝车间第一党支部第一党小组" reads as "第一党小组" inside its branch's explanation.
      const name = g.groupName!.startsWith(g.orgName) && g.groupName!.length > g.orgName.length ? g.groupName!.slice(g.orgName.length) : g.groupName!;
      for (const m of months) {
        if (held.has(m)) covered++;
        else missing.push(`${name} ${monthLabel(m, q.from, q.to)}`);
      }
    }
    const total = real.length * months.length;
    out.set(orgId, {
      value: total === 0 ? 0 : covered / total,
      sourceIds: real.flatMap((g) => splitList(g.ids)).sort(),
      detail: { total, missing: missing.slice(0, MISSING_LIST) },
    });
  }
  return out;
}

export type SittingMetrics = { firstTopic: ByOrg; reviewed: ByOrg; invalid: ByOrg; rectified: ByOrg };

/**
 * One scan of the org's own held sittings in the range: the share of 支委会 with 第一议题, the share of
 * records reviewed, decision meetings failing a quorum or vote rule, and 组织生活会 whose rectification
 * list exists and is entirely closed (the last two as `invalidDecisionMeetings` / `lifeMeetingsRectified`).
 */
export async function sittingMetrics(ex: Executor, q: MetricQuery): Promise<SittingMetrics> {
  const list = await rows<{
    orgId: string;
    held: number;
    committee: number;
    reviewed: string | null;
    firstTopic: string | null;
    noFirstTopic: string | null;
    invalid: string | null;
    rectified: string | null;
  }>(
    ex,
    sql`WITH rect AS (
          SELECT r.meeting_id, bool_and(r.closed_on IS NOT NULL) AS closed FROM rectification_item r GROUP BY r.meeting_id
        )
        SELECT m.org_node_id AS "orgId", count(*)::int AS held,
               count(*) FILTER (WHERE 'committee_meeting' = ANY(m.types))::int AS committee,
               ${listAgg(sql`m.id::text`)} FILTER (WHERE m.status = 'reviewed') AS reviewed,
               ${listAgg(sql`m.id::text`)} FILTER (WHERE 'committee_meeting' = ANY(m.types) AND m.first_topic) AS "firstTopic",
               ${listAgg(sql`m.held_on::text`)} FILTER (WHERE 'committee_meeting' = ANY(m.types) AND NOT m.first_topic) AS "noFirstTopic",
               ${listAgg(sql`m.id::text`)} FILTER (WHERE (m.validity->>'valid')::boolean = false) AS invalid,
               ${listAgg(sql`m.id::text`)} FILTER (WHERE 'life_meeting' = ANY(m.types) AND r.closed) AS rectified
        FROM meeting m JOIN org_node o ON o.id = m.org_node_id
        LEFT JOIN rect r ON r.meeting_id = m.id
        WHERE ${COUNTING} AND m.held_on >= ${q.from} AND m.held_on < ${q.to} AND ${q.orgWhere}
        GROUP BY m.org_node_id`,
  );
  const res: SittingMetrics = { firstTopic: new Map(), reviewed: new Map(), invalid: new Map(), rectified: new Map() };
  for (const r of list) {
    const [reviewed, firstTopic, noFirstTopic, invalid, rectified] = [r.reviewed, r.firstTopic, r.noFirstTopic, r.invalid, r.rectified].map(
      (x) => splitList(x).sort(),
    ) as [string[], string[], string[], string[], string[]];
    if (r.committee > 0) {
      res.firstTopic.set(r.orgId, {
        value: firstTopic.length / r.committee,
        sourceIds: firstTopic,
        detail: { total: r.committee, missing: noFirstTopic.slice(0, MISSING_LIST) },
      });
    }
    res.reviewed.set(r.orgId, { value: reviewed.length / r.held, sourceIds: reviewed, detail: { total: r.held } });
    if (invalid.length > 0) res.invalid.set(r.orgId, { value: invalid.length, sourceIds: invalid });
    if (rectified.length > 0) res.rectified.set(r.orgId, { value: rectified.length, sourceIds: rectified });
  }
  return res;
}

/**
 * `members.absent_6_months_org`: 1 when, inside the range, the org went more than six months without
 * any sitting — its own or one of its Party groups'. The stretches run from the last sitting before the
 * range (or from the range start when there was none) through each sitting in the range to the range
 * end; a stretch is too long when the next sitting (or the range end) falls after the previous sitting
 * plus six months. When the org was founded is not considered.
 */
export async function orgLapses(ex: Executor, q: MetricQuery): Promise<ByOrg> {
  const months = ABSENCE_WARN_MONTHS.lapse;
  const list = await rows<{ orgId: string; stretches: string[] }>(
    ex,
    sql`WITH scope AS (SELECT o.id FROM org_node o WHERE ${q.orgWhere}),
        unit AS (
          SELECT s.id AS org, s.id AS unit FROM scope s
          UNION ALL
          SELECT s.id, g.id FROM scope s JOIN org_node g ON g.parent_id = s.id AND g.type = 'group'
        ),
        before AS (
          SELECT u.org, max(b.held_on) AS d
          FROM unit u CROSS JOIN LATERAL (
            SELECT m.held_on FROM meeting m
            WHERE m.org_node_id = u.unit AND ${COUNTING} AND m.held_on < ${q.from}
            ORDER BY m.held_on DESC LIMIT 1
          ) b
          GROUP BY u.org
        ),
        pts AS (
          SELECT DISTINCT u.org, m.held_on AS d FROM unit u JOIN meeting m ON m.org_node_id = u.unit
          WHERE ${COUNTING} AND m.held_on >= ${q.from} AND m.held_on < ${q.to}
          UNION ALL
          SELECT s.id, coalesce(b.d, ${q.from}::date) FROM scope s LEFT JOIN before b ON b.org = s.id
          UNION ALL
          SELECT s.id, ${q.to}::date FROM scope s
        ),
        seq AS (SELECT org, d, lag(d) OVER (PARTITION BY org ORDER BY d) AS prev FROM pts)
        SELECT org AS "orgId", array_agg(prev::text || '/' || d::text ORDER BY prev) AS stretches
        FROM seq
        WHERE prev IS NOT NULL AND d > prev + make_interval(months => ${months})
        GROUP BY org`,
  );
  return new Map(
    list.map((r) => {
      const [a, b] = r.stretches[0]!.split('/');
      return [r.orgId, { value: 1, detail: { total: r.stretches.length, note: `${a} 至 ${b} 之间超过${months}个月无组织生活` } }];
    }),
  );
}
