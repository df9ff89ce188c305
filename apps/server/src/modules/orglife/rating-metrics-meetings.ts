import { sql, type SQL } from 'drizzle-orm';
import { readRows, type Reader } from '../../platform/db';
import type { MetricQuery, MetricValue } from '../../platform/metrics';
import type { AttendanceCounts } from './rating-metrics-attendance';
import { ABSENCE_WARN_MONTHS } from './rules/absence-warnings';
import type { MeetingType, Period } from './rules/frequency-rules';
import { monthLabel, monthsInRange, periodKey, periodsInRange } from './rating-metrics-periods';
import { listAgg, MISSING_LIST, monthsAgg, monthsOf, splitList } from './rating-metrics-sql';

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
export async function heldByPeriod(read: Reader, q: MetricQuery, requests: readonly HeldRequest[]): Promise<Map<string, ByOrg>> {
  const out = new Map<string, ByOrg>(requests.map((r) => [r.instanceKey, new Map()]));
  if (requests.length === 0) return out;
  const kinds = [...new Set(requests.map((r) => `meeting_held.${r.type}`))];
  const months = monthsInRange(q.from, q.to);
  // One row per org and kind with the meetings in date order and the months they fall in, read from the
  // covering index on (org, kind, day, source). Orgs in scope without any such sitting come back with
  // kind null.
  const sources = q.sources !== false;
  const list = await readRows<{ orgId: string; kind: string | null; months: string | null; n: number; ids: string | null }>(
    read,
    sql`SELECT o.id AS "orgId", f.kind, ${monthsAgg(sql`f.on_date`, q.from, months.length)} AS months, count(f.source_id)::int AS n,
               ${sources ? listAgg(sql`f.source_id::text`, sql`f.on_date, f.source_id`) : sql`NULL`} AS ids
        FROM org_node o
        LEFT JOIN fact f ON f.org_node_id = o.id AND f.kind IN ${kinds} AND f.on_date >= ${q.from} AND f.on_date < ${q.to}
        WHERE ${q.orgWhere}
        GROUP BY o.id, f.kind`,
  );
  // org → kind → the meetings in date order and the months they fall in (as aggregated)
  type Held = { n: number; ids: string[] | undefined; months: string | null };
  const held = new Map<string, Map<string, Held>>();
  for (const r of list) {
    let byKind = held.get(r.orgId);
    if (!byKind) held.set(r.orgId, (byKind = new Map<string, Held>()));
    if (r.kind === null) continue;
    byKind.set(r.kind, { n: r.n, ids: sources ? splitList(r.ids) : undefined, months: r.months });
  }
  const none: Held = { n: 0, ids: sources ? [] : undefined, months: null };
  for (const req of requests) {
    const target = out.get(req.instanceKey)!;
    const kind = `meeting_held.${req.type}`;
    if (!req.period) {
      for (const [orgId, byKind] of held) {
        const h = byKind.get(kind);
        if (h) target.set(orgId, { value: h.n, ...(h.ids ? { sourceIds: h.ids } : {}) });
      }
      continue;
    }
    const period = req.period;
    const slots = periodsInRange(period, q.from, q.to);
    const slotIndex = new Map(slots.map((s, i) => [s.key, i]));
    const slotOfMonth = months.map((m) => slotIndex.get(periodKey(period, m))!);
    // What the months say is the same for every org with the same months: worked out once for each,
    // and shared when no records are listed (the values are only read).
    const byMonths = new Map<string | null, Pick<MetricValue, 'value' | 'detail'>>();
    const periodsOf = (mask: string | null) => {
      let v = byMonths.get(mask);
      if (!v) {
        const inMonth = monthsOf(mask, months.length);
        const met = new Array<boolean>(slots.length).fill(false);
        for (let i = 0; i < inMonth.length; i++) if (inMonth[i]) met[slotOfMonth[i]!] = true;
        const missing: string[] = [];
        for (let i = 0; i < slots.length; i++) if (!met[i]) missing.push(slots[i]!.label);
        v = { value: slots.length - missing.length, detail: { total: slots.length, missing } };
        byMonths.set(mask, v);
      }
      return v;
    };
    for (const [orgId, byKind] of held) {
      // Every org in scope gets its periods, so that one without any sitting still lists what it missed.
      const { ids, months: mask } = byKind.get(kind) ?? none;
      const v = periodsOf(mask);
      target.set(orgId, ids ? { ...v, sourceIds: ids } : v);
    }
  }
  return out;
}

/**
 * `meetings.group_coverage`: for each branch, the share of (Party group × month in range) pairs in which
 * that group held a 党小组会. Groups are the branch's children of type group still existing at the end of
 * the range. A branch without groups gets 0 with a note.
 */
export async function groupCoverage(read: Reader, q: MetricQuery): Promise<ByOrg> {
  const months = monthsInRange(q.from, q.to);
  // The year's 党小组会 facts (from the covering index on kind and day) are folded per group first, then
  // joined to the rated branches' groups: folding before the joins keys the aggregate by one id and
  // carries no org through it (0.35–0.45 s → 0.15–0.2 s at 10,000 branches).
  const list = await readRows<{ orgId: string; orgName: string; groupId: string | null; groupName: string | null; months: string | null; ids: string | null }>(
    read,
    sql`SELECT o.id AS "orgId", o.name AS "orgName", g.id AS "groupId", coalesce(g.short_name, g.name) AS "groupName", f.months, f.ids
        FROM org_node o
        LEFT JOIN org_node g ON g.parent_id = o.id AND g.type = 'group' AND (g.dissolved_at IS NULL OR g.dissolved_at >= ${q.to})
        LEFT JOIN (
          SELECT f.org_node_id, ${monthsAgg(sql`f.on_date`, q.from, months.length)} AS months,
                 ${q.sources !== false ? listAgg(sql`f.source_id::text`) : sql`NULL`} AS ids
          FROM fact f
          WHERE f.kind = 'meeting_held.group_meeting' AND f.on_date >= ${q.from} AND f.on_date < ${q.to}
          GROUP BY f.org_node_id
        ) f ON f.org_node_id = g.id
        WHERE o.type = 'branch' AND ${q.orgWhere}
        ORDER BY o.id, g.code`,
  );
  const out: ByOrg = new Map();
  const byOrg = new Map<string, typeof list>();
  for (const r of list) {
    const groups = byOrg.get(r.orgId);
    if (groups) groups.push(r);
    else byOrg.set(r.orgId, [r]);
  }
  const labels = months.map((m) => monthLabel(m, q.from, q.to));
  for (const [orgId, groups] of byOrg) {
    const real = groups.filter((g) => g.groupId !== null);
    if (real.length === 0) {
      out.set(orgId, { value: 0, ...(q.sources !== false ? { sourceIds: [] } : {}), detail: { total: 0, missing: [], note: '未设党小组' } });
      continue;
    }
    const missing: string[] = [];
    let covered = 0;
    for (const g of real) {
      const held = monthsOf(g.months, months.length);
      // "制丝车间第一党支部第一党小组" reads as "第一党小组" inside its branch's explanation.
      const name = g.groupName!.startsWith(g.orgName) && g.groupName!.length > g.orgName.length ? g.groupName!.slice(g.orgName.length) : g.groupName!;
      for (let i = 0; i < months.length; i++) {
        if (held[i]) covered++;
        else if (missing.length < MISSING_LIST) missing.push(`${name} ${labels[i]}`);
      }
    }
    const total = real.length * months.length;
    out.set(orgId, {
      value: total === 0 ? 0 : covered / total,
      ...(q.sources !== false ? { sourceIds: real.flatMap((g) => splitList(g.ids)).sort() } : {}),
      detail: { total, missing },
    });
  }
  return out;
}

export type SittingMetrics = {
  firstTopic: ByOrg;
  reviewed: ByOrg;
  invalid: ByOrg;
  rectified: ByOrg;
  /** Every such sitting by org (sorted), when sources are wanted. */
  held: Map<string, string[]>;
  attendance: AttendanceCounts;
};

/**
 * One scan of the org's own held sittings in the range: the share of 支委会 with 第一议题, the share of
 * records reviewed, decision meetings failing a quorum or vote rule, and 组织生活会 whose rectification
 * list exists and is entirely closed (the last two as `invalidDecisionMeetings` / `lifeMeetingsRectified`);
 * with `withHeld`, also the attendance counted at them and (with sources) every such sitting by org: the
 * terms and the sources of `attendance.rate`. Values are counted; the sittings are listed only when the
 * query wants sources.
 */
export async function sittingMetrics(read: Reader, q: MetricQuery, withHeld = false): Promise<SittingMetrics> {
  const sources = q.sources !== false;
  const ids = (condition: SQL | null) => {
    if (!sources) return sql`NULL`;
    return condition ? sql`${listAgg(sql`m.id::text`)} FILTER (WHERE ${condition})` : listAgg(sql`m.id::text`);
  };
  const REVIEWED = sql`m.status = 'reviewed'`;
  const FIRST_TOPIC = sql`'committee_meeting' = ANY(m.types) AND m.first_topic`;
  const INVALID = sql`(m.validity->>'valid')::boolean = false`;
  const RECTIFIED = sql`'life_meeting' = ANY(m.types) AND r.closed`;
  const list = await readRows<{
    orgId: string;
    held: number;
    committee: number;
    expected: number;
    present: number;
    all: string | null;
    reviewed: number;
    reviewedIds: string | null;
    firstTopic: number;
    firstTopicIds: string | null;
    noFirstTopic: string | null;
    invalid: number;
    invalidIds: string | null;
    rectified: number;
    rectifiedIds: string | null;
  }>(
    read,
    sql`WITH rect AS (
          SELECT r.meeting_id, bool_and(r.closed_on IS NOT NULL) AS closed FROM rectification_item r GROUP BY r.meeting_id
        )
        SELECT m.org_node_id AS "orgId", count(*)::int AS held,
               count(*) FILTER (WHERE 'committee_meeting' = ANY(m.types))::int AS committee,
               sum(m.expected_count)::int AS expected, sum(m.present_count)::int AS present,
               ${withHeld ? ids(null) : sql`NULL`} AS all,
               count(*) FILTER (WHERE ${REVIEWED})::int AS reviewed, ${ids(REVIEWED)} AS "reviewedIds",
               count(*) FILTER (WHERE ${FIRST_TOPIC})::int AS "firstTopic", ${ids(FIRST_TOPIC)} AS "firstTopicIds",
               ${listAgg(sql`m.held_on::text`)} FILTER (WHERE 'committee_meeting' = ANY(m.types) AND NOT m.first_topic) AS "noFirstTopic",
               count(*) FILTER (WHERE ${INVALID})::int AS invalid, ${ids(INVALID)} AS "invalidIds",
               count(*) FILTER (WHERE ${RECTIFIED})::int AS rectified, ${ids(RECTIFIED)} AS "rectifiedIds"
        FROM meeting m JOIN org_node o ON o.id = m.org_node_id
        LEFT JOIN rect r ON r.meeting_id = m.id
        WHERE ${COUNTING} AND m.held_on >= ${q.from} AND m.held_on < ${q.to} AND ${q.orgWhere}
        GROUP BY m.org_node_id`,
  );
  const res: SittingMetrics = { firstTopic: new Map(), reviewed: new Map(), invalid: new Map(), rectified: new Map(), held: new Map(), attendance: [] };
  const listed = (x: string | null) => (sources ? { sourceIds: splitList(x).sort() } : {});
  for (const r of list) {
    if (withHeld) {
      if (sources) res.held.set(r.orgId, splitList(r.all).sort());
      res.attendance.push({ orgId: r.orgId, expected: r.expected, present: r.present });
    }
    if (r.committee > 0) {
      res.firstTopic.set(r.orgId, {
        value: r.firstTopic / r.committee,
        ...listed(r.firstTopicIds),
        detail: { total: r.committee, missing: splitList(r.noFirstTopic).sort().slice(0, MISSING_LIST) },
      });
    }
    res.reviewed.set(r.orgId, { value: r.reviewed / r.held, ...listed(r.reviewedIds), detail: { total: r.held } });
    if (r.invalid > 0) res.invalid.set(r.orgId, { value: r.invalid, ...listed(r.invalidIds) });
    if (r.rectified > 0) res.rectified.set(r.orgId, { value: r.rectified, ...listed(r.rectifiedIds) });
  }
  return res;
}

/**
 * `members.absent_6_months_org`: 1 when, inside the range, the org went more than six months without
 * any sitting — its own or one of its Party groups'. The stretches run from the last sitting before the
 * range (or from the range start when there was none) through each sitting in the range to the range
 * end; a stretch is too long when the next sitting (or the range end) falls after the previous sitting
 * plus six months. When the org was founded is not considered.
 *
 * Two sittings in the same month are never that far apart, so only the stretches from the last day of
 * a month with sittings to the first day of the next such month are measured: the points are folded
 * into their months first (a hash aggregate), and the stretches are found among a dozen months per org
 * and year rather than among every day with a sitting.
 */
export async function orgLapses(read: Reader, q: MetricQuery): Promise<ByOrg> {
  const months = ABSENCE_WARN_MONTHS.lapse;
  const units = sql`SELECT o.id AS org, o.id AS unit FROM org_node o WHERE ${q.orgWhere}
                    UNION ALL
                    SELECT o.id, g.id FROM org_node o JOIN org_node g ON g.parent_id = o.id AND g.type = 'group' WHERE ${q.orgWhere}`;
  const month = sql`date_trunc('month', m.held_on::timestamp)`;
  const list = await readRows<{ orgId: string; stretches: string[] }>(
    read,
    sql`WITH spans AS (
          -- the first and last sitting of each month with any (disjoint, so ordered by their first day),
          -- with the stretch's start (the last sitting before the range, or the range start) and its end
          SELECT u.org, min(m.held_on) AS first, max(m.held_on) AS last
          FROM (${units}) u JOIN meeting m ON m.org_node_id = u.unit
          WHERE ${COUNTING} AND m.held_on >= ${q.from} AND m.held_on < ${q.to}
          GROUP BY u.org, ${month}
          UNION ALL
          SELECT b.org, d, d
          FROM (SELECT u.org, coalesce(max(b.held_on), ${q.from}::date) AS d
                FROM (${units}) u LEFT JOIN LATERAL (
                  SELECT m.held_on FROM meeting m
                  WHERE m.org_node_id = u.unit AND ${COUNTING} AND m.held_on < ${q.from}
                  ORDER BY m.held_on DESC LIMIT 1
                ) b ON true
                GROUP BY u.org) b
          UNION ALL
          SELECT o.id, ${q.to}::date, ${q.to}::date FROM org_node o WHERE ${q.orgWhere}
        ),
        seq AS (SELECT org, first AS d, lag(last) OVER (PARTITION BY org ORDER BY first, last) AS prev FROM spans)
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
