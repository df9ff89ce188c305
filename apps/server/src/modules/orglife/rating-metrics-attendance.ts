import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import type { MetricQuery, MetricValue } from '../../platform/metrics';
import { lastDay, yearsCovered } from './rating-metrics-periods';
import { committeeOnSql, firstNames, listAgg, membersOnSql, splitList } from './rating-metrics-sql';

// The one pass over the attendance records that both `attendance.rate` and `class_hours.share_met` need:
// the sittings of each org and of its Party groups in the range, joined once to their attendance and
// aggregated two ways at once (grouping sets, one hash table each): by org for the rate, by person for
// the study hours, which are then set against the roster of the range's last day.

type ByOrg = Map<string, MetricValue>;

/** Yearly study hours a member needs (committee members more), before prorating to the range. */
export const CLASS_HOURS = { member: 32, committee: 56 } as const;
const CLASS_TYPES = sql`ARRAY['party_lesson', 'study', 'theme_day']::text[]`;

/**
 * - `attendance.rate`: the share of expected attendances that were present over the org's own held
 *   sittings in the range (as `attendanceRate`, rounded to four places); the sources are those sittings.
 * - `class_hours.share_met`: the share of the org's members (on the range's last day) whose hours at the
 *   党课 / 专题学习 / 主题党日 they attended (present or 列席) — sittings of the orgs in scope and of their
 *   Party groups — reach 32 a year, 56 for committee members, prorated by the share of each calendar year
 *   the range covers. A sitting's hours are actual_end − actual_start, counted only when both were
 *   recorded. The sources are the members short of hours.
 */
export async function attendancePass(ex: Executor, q: MetricQuery): Promise<{ rate: ByOrg; classHours: ByOrg }> {
  const end = lastDay(q.to);
  const share = yearsCovered(q.from, q.to);
  const counting = sql`m.status IN ('held', 'recorded', 'reviewed') AND m.held_on >= ${q.from} AND m.held_on < ${q.to}`;
  const list = await rows<{
    orgId: string;
    rate: number | null;
    rateIds: string | null;
    members: number | null;
    met: number | null;
    short: string | null;
    shortNames: string | null;
  }>(
    ex,
    sql`WITH per AS (
          SELECT s.org, a.person_id, GROUPING(s.org) AS by_person,
                 count(*) FILTER (WHERE s.own AND a.expected) AS expected,
                 count(*) FILTER (WHERE s.own AND a.expected AND a.status = 'present') AS present,
                 sum(s.hours) FILTER (WHERE a.status IN ('present', 'nonvoting')) AS hours
          FROM (
            -- the sittings, with their study hours worked out once per sitting rather than per attendee
            SELECT u.org, u.own, m.id,
                   CASE WHEN m.types && ${CLASS_TYPES} AND m.actual_start IS NOT NULL AND m.actual_end > m.actual_start
                        THEN extract(epoch FROM m.actual_end - m.actual_start) / 3600 END AS hours
            FROM (SELECT o.id AS org, o.id AS unit, true AS own FROM org_node o WHERE ${q.orgWhere}
                  UNION ALL
                  SELECT o.id, g.id, false FROM org_node o JOIN org_node g ON g.parent_id = o.id AND g.type = 'group' WHERE ${q.orgWhere}) u
            JOIN meeting m ON m.org_node_id = u.unit
            WHERE ${counting} AND (u.own OR (m.types && ${CLASS_TYPES} AND m.actual_start IS NOT NULL AND m.actual_end > m.actual_start))
          ) s
          JOIN meeting_attendance a ON a.meeting_id = s.id
          GROUP BY GROUPING SETS ((s.org), (a.person_id))
        ),
        rate AS (SELECT org, expected, present FROM per WHERE by_person = 0),
        src AS (
          SELECT m.org_node_id AS org, ${listAgg(sql`m.id::text`)} AS ids
          FROM meeting m JOIN org_node o ON o.id = m.org_node_id
          WHERE ${counting} AND ${q.orgWhere}
          GROUP BY m.org_node_id
        ),
        judged AS (
          SELECT mem.org, mem.person_id,
                 coalesce(h.hours, 0) + 1e-9 >= ${share}::float8 * CASE WHEN c.person_id IS NULL THEN ${CLASS_HOURS.member}::float8
                                                                        ELSE ${CLASS_HOURS.committee}::float8 END AS met
          FROM (${membersOnSql(q.orgWhere, end)}) mem
          LEFT JOIN per h ON h.by_person = 1 AND h.person_id = mem.person_id
          LEFT JOIN (${committeeOnSql(q.orgWhere, end)}) c ON c.org = mem.org AND c.person_id = mem.person_id
        ),
        roster AS (
          SELECT org, count(*)::int AS members, count(*) FILTER (WHERE met)::int AS met,
                 array_agg(person_id) FILTER (WHERE NOT met) AS short
          FROM judged GROUP BY org
        )
        SELECT o.id AS "orgId", round(rate.present::numeric / nullif(rate.expected, 0), 4)::float8 AS rate, src.ids AS "rateIds",
               roster.members, roster.met, array_to_string(roster.short, chr(31)) AS short, ${firstNames(sql`roster.short`)} AS "shortNames"
        FROM org_node o
        LEFT JOIN rate ON rate.org = o.id
        LEFT JOIN src ON src.org = o.id
        LEFT JOIN roster ON roster.org = o.id
        WHERE ${q.orgWhere}`,
  );
  const rate: ByOrg = new Map();
  const classHours: ByOrg = new Map();
  for (const r of list) {
    if (r.rate !== null) rate.set(r.orgId, { value: r.rate, sourceIds: splitList(r.rateIds).sort() });
    if (r.members) {
      classHours.set(r.orgId, {
        value: r.met! / r.members,
        sourceIds: splitList(r.short).sort(),
        detail: { total: r.members, missing: splitList(r.shortNames) },
      });
    }
  }
  return { rate, classHours };
}
