import { sql, type SQL } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import type { MetricQuery, MetricValue } from '../../platform/metrics';

// The attendance behind `attendance.rate` and `class_hours.share_met`: the org's own sittings in the
// range joined to their attendance and counted by org for the rate; the class_hours facts of the orgs
// and their Party groups summed by person for the hours (set against the roster by `rosterMetrics`).

type ByOrg = Map<string, MetricValue>;

/** Yearly study hours a member needs (committee members more), before prorating to the range. */
export const CLASS_HOURS = { member: 32, committee: 56 } as const;

const counting = (q: MetricQuery) => sql`m.status IN ('held', 'recorded', 'reviewed') AND m.held_on >= ${q.from} AND m.held_on < ${q.to}`;

/** `round(present / expected, 4)` as the database's numeric `round` gives it (half away from zero), from the counts. */
export function roundedRate(present: number, expected: number): number {
  return Math.floor((2 * present * 10_000 + expected) / (2 * expected)) / 10_000;
}

export type AttendanceCounts = { orgId: string; expected: number; present: number }[];

/** Expected and present attendances over each org's own held sittings in the range, counted by org. */
export async function attendanceCounts(ex: Executor, q: MetricQuery): Promise<AttendanceCounts> {
  return rows<AttendanceCounts[number]>(
    ex,
    sql`SELECT o.id AS "orgId", count(*) FILTER (WHERE a.expected)::int AS expected,
               count(*) FILTER (WHERE a.expected AND a.status = 'present')::int AS present
        FROM org_node o JOIN meeting m ON m.org_node_id = o.id JOIN meeting_attendance a ON a.meeting_id = m.id
        WHERE ${q.orgWhere} AND ${counting(q)}
        GROUP BY o.id`,
  );
}

/**
 * `attendance.rate`: the share of expected attendances that were present over the org's own held
 * sittings in the range (as `attendanceRate`, rounded to four places). Its sources are all of those
 * sittings, listed by the scan of the sittings (`sittingMetrics`) and passed in as `sources`.
 */
export function attendanceRates(counts: AttendanceCounts, sources: Map<string, string[]>): ByOrg {
  const rate: ByOrg = new Map();
  for (const r of counts) {
    if (r.expected > 0) rate.set(r.orgId, { value: roundedRate(r.present, r.expected), sourceIds: sources.get(r.orgId) ?? [] });
  }
  return rate;
}

/**
 * Hours each person spent at study sittings (党课, 专题学习, 主题党日 with start and end recorded, present
 * or 列席) of the orgs in scope and of their Party groups in the range: rows (person_id, hours), summed
 * from the class_hours facts the sittings yield — read from their own index, not by joining a year of
 * attendance to the sittings.
 */
export function studyHoursSql(q: MetricQuery): SQL {
  return sql`SELECT f.person_id, sum(f.value)::float8 AS hours
             FROM (SELECT o.id AS unit FROM org_node o WHERE ${q.orgWhere}
                   UNION ALL
                   SELECT g.id FROM org_node o JOIN org_node g ON g.parent_id = o.id AND g.type = 'group' WHERE ${q.orgWhere}) u
             JOIN fact f ON f.org_node_id = u.unit
             WHERE f.kind = 'class_hours' AND f.on_date >= ${q.from} AND f.on_date < ${q.to}
             GROUP BY f.person_id`;
}
