import { sql, type SQL } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import type { MetricQuery, MetricValue } from '../../platform/metrics';

// The attendance records behind `attendance.rate` and `class_hours.share_met`: the org's own sittings in
// the range joined to their attendance and counted by org for the rate; the study sittings of the orgs
// and their Party groups joined to the attendees who were there and summed by person for the hours
// (set against the roster by `rosterMetrics`). Each is one hash aggregate with a single grouping key,
// which the database can split across workers — grouping by org and by person at once (grouping sets,
// or a key of both) keeps it to one process or a sort; the study seconds are worked out once per
// sitting, not per attendee.

type ByOrg = Map<string, MetricValue>;

/** Yearly study hours a member needs (committee members more), before prorating to the range. */
export const CLASS_HOURS = { member: 32, committee: 56 } as const;
const CLASS_TYPES = sql`ARRAY['party_lesson', 'study', 'theme_day']::text[]`;

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
 * Seconds each person spent at study sittings (党课, 专题学习, 主题党日, start and end both recorded, the end
 * after the start) of the orgs
 * in scope and of their Party groups in the range, present or 列席: rows (person_id, seconds).
 */
export function studySecondsSql(q: MetricQuery): SQL {
  return sql`SELECT a.person_id, sum(s.seconds) AS seconds
             FROM (
               SELECT m.id, CASE WHEN m.actual_end > m.actual_start THEN extract(epoch FROM m.actual_end - m.actual_start)::float8 END AS seconds
               FROM (SELECT o.id AS unit FROM org_node o WHERE ${q.orgWhere}
                     UNION ALL
                     SELECT g.id FROM org_node o JOIN org_node g ON g.parent_id = o.id AND g.type = 'group' WHERE ${q.orgWhere}) u
               JOIN meeting m ON m.org_node_id = u.unit
               WHERE ${counting(q)} AND m.types && ${CLASS_TYPES} AND m.actual_start IS NOT NULL
             ) s
             JOIN meeting_attendance a ON a.meeting_id = s.id
             -- (an end not after the start is checked here rather than on the sittings: the database
             -- cannot estimate that comparison, and taking the sittings for few would make it probe the
             -- attendance sitting by sitting instead of reading it once)
             WHERE a.status IN ('present', 'nonvoting') AND s.seconds IS NOT NULL
             GROUP BY a.person_id`;
}
