import { sql, type SQL } from 'drizzle-orm';
import { addMonths } from '../../platform/clock';
import { rows, type Executor } from '../../platform/db';
import type { MetricQuery, MetricValue } from '../../platform/metrics';
import { ABSENCE_WARN_MONTHS } from './rules/absence-warnings';
import { CLASS_HOURS, memberAttendanceJoin } from './rating-metrics-attendance';
import { lastDay, yearsCovered } from './rating-metrics-periods';
import { committeeOnSql, listAgg, membersOnSql, MISSING_LIST, splitList } from './rating-metrics-sql';

// The metrics judged member by member against the roster of the range's last day, in one statement:
// `class_hours.share_met`, `members.absent_3_months`, and `talks.coverage` of the orgs without any talk
// in the range (those with talks are worked out by `talksCoverage`, from their talks). Each member is
// judged once (hours, committee, absence), numbered within the org's lists by one sort, and the names
// the explanations show — the first ten of each list and the committee — are looked up in one join.

type ByOrg = Map<string, MetricValue>;

export type RosterWanted = { classHours: boolean; absent: boolean; talks: boolean };

/**
 * - `class_hours.share_met`: the share of the org's members whose hours at the 党课 / 专题学习 / 主题党日
 *   they attended (present or 列席), wherever held (the requirement is the member's own), reach 32 a year, 56 for committee members, prorated by the share of each calendar year the range covers. A
 *   sitting's hours are actual_end − actual_start, counted only when both were recorded. The sources
 *   are the members short of hours; the explanation names the first ten of them (by id), alphabetically.
 * - `members.absent_3_months`: members whose last attended organisational life (anywhere), or the start
 *   of their first placement if they never attended, lies three months or more before the range's last
 *   day — the rule of the absence warnings, judged at the range end. Named as above.
 *   Both are read from the members' activity by quarter where the range allows (`memberAttendanceJoin`).
 * - `talks.coverage` where the org had no talk in the range: by the `talkCoverage` rule nothing is
 *   covered, and every pair of the committee (ordered by id) and every member outside it (by id) is
 *   missing, so only the committee, the number of members outside it and the first of them are read.
 */
export async function rosterMetrics(ex: Executor, q: MetricQuery, want: RosterWanted): Promise<{ classHours: ByOrg; absent: ByOrg; talks: ByOrg }> {
  const classHours: ByOrg = new Map();
  const absent: ByOrg = new Map();
  const talks: ByOrg = new Map();
  if (!want.classHours && !want.absent && !want.talks) return { classHours, absent, talks };
  const end = lastDay(q.to);
  const share = yearsCovered(q.from, q.to);
  const cutoff = addMonths(end, -ABSENCE_WARN_MONTHS.notice);
  const met: SQL = want.classHours
    ? sql`coalesce(h.hours, 0) + 1e-9 >= ${share}::float8 * CASE WHEN c.person_id IS NULL THEN ${CLASS_HOURS.member}::float8
                                                                        ELSE ${CLASS_HOURS.committee}::float8 END`
    : sql`true`;
  // Absent: no attendance after the cutoff, though placed since before it (a member who joined later
  // has not been away for three months).
  const away: SQL = want.absent
    ? sql`NOT coalesce(h.attended, false)
          AND EXISTS (SELECT 1 FROM membership_period s WHERE s.person_id = mem.person_id AND s.valid_from <= ${cutoff})`
    : sql`false`;
  // Only the absent members matter when neither the hours nor the talks are wanted.
  const byMember = want.classHours || want.talks;
  const first = sql.raw(String(MISSING_LIST));
  const list = await rows<{
    orgId: string;
    type: string;
    members: number | null;
    met: number | null;
    short: string | null;
    absent: string | null;
    others: number | null;
    names: string | null;
  }>(
    ex,
    sql`WITH committee AS MATERIALIZED (${committeeOnSql(q.orgWhere, end)}),
        judged AS MATERIALIZED (
          SELECT * FROM (
            SELECT mem.org, mem.person_id, ${byMember ? sql`c.person_id IS NOT NULL` : sql`false`} AS committee, ${met} AS met, ${away} AS absent
            FROM (${membersOnSql(q.orgWhere, end)}) mem
            ${memberAttendanceJoin(q, cutoff)}
            ${byMember ? sql`LEFT JOIN committee c ON c.org = mem.org AND c.person_id = mem.person_id` : sql``}
          ) j
          ${byMember ? sql`` : sql`WHERE j.absent`}
        ),
        -- each member numbered (by id) among the org's members short of hours, outside the committee, absent
        ranked AS MATERIALIZED (
          SELECT j.*, count(*) FILTER (WHERE NOT j.met) OVER w AS short_n, count(*) FILTER (WHERE NOT j.committee) OVER w AS other_n,
                 count(*) FILTER (WHERE j.absent) OVER w AS absent_n
          FROM judged j
          WINDOW w AS (PARTITION BY j.org ORDER BY j.person_id ROWS UNBOUNDED PRECEDING)
        ),
        -- the people the explanations may name (the committee, and the first of each list: outside the
        -- committee only as many as the committee's pairs leave room for), in one list per org ordered by
        -- list and then as each list is shown: short of hours (s) and absent (a) by name, the committee
        -- (c) and the others (o) by id
        com AS (SELECT org, count(*)::int AS n FROM committee GROUP BY org),
        named AS (
          SELECT x.org, x.list, x.person_id, p.name
          FROM (${sql.join(
            [
              ...(want.classHours ? [sql`SELECT org, 's' AS list, person_id FROM ranked WHERE NOT met AND short_n <= ${first}`] : []),
              ...(want.absent ? [sql`SELECT org, 'a' AS list, person_id FROM ranked WHERE absent AND absent_n <= ${first}`] : []),
              ...(want.talks
                ? [
                    sql`SELECT r.org, 'o' AS list, r.person_id FROM ranked r LEFT JOIN com ON com.org = r.org
                        WHERE NOT r.committee AND r.other_n <= ${first} - coalesce(com.n * (com.n - 1) / 2, 0)`,
                    sql`SELECT org, 'c' AS list, person_id FROM committee`,
                  ]
                : []),
            ],
            sql` UNION ALL `,
          )}) x
          JOIN person p ON p.id = x.person_id
        ),
        members AS (
          SELECT org, count(*)::int AS members, count(*) FILTER (WHERE met)::int AS met, ${listAgg(sql`person_id::text`)} FILTER (WHERE NOT met) AS short,
                 count(*) FILTER (WHERE NOT committee)::int AS others, ${listAgg(sql`person_id::text`)} FILTER (WHERE absent) AS absent
          FROM ranked GROUP BY org
        ),
        names AS (
          SELECT org, ${listAgg(
            sql`list || CASE WHEN list = 'c' THEN person_id::text || chr(30) ELSE '' END || name`,
            sql`list, CASE WHEN list IN ('s', 'a') THEN name END, person_id`,
          )} AS names
          FROM named GROUP BY org
        )
        -- put together by a second aggregate rather than by joins, whose plan could depend on how many
        -- orgs are expected; the org itself is there so that every org in scope has a row
        SELECT org AS "orgId", max(type) AS type, max(members) AS members, max(met) AS met, max(short) AS short,
               max(others) AS others, max(absent) AS absent, max(names) AS names
        FROM (SELECT org, NULL::text AS type, members, met, short, others, absent, NULL::text AS names FROM members
              UNION ALL
              SELECT org, NULL, NULL, NULL, NULL, NULL, NULL, names FROM names
              UNION ALL
              SELECT o.id, o.type, NULL, NULL, NULL, NULL, NULL, NULL FROM org_node o WHERE ${q.orgWhere}) parts
        GROUP BY org`,
  );
  for (const r of list) {
    // The names, split back into their lists.
    const shortNames: string[] = [];
    const absentNames: string[] = [];
    const otherNames: string[] = [];
    const committee: string[] = [];
    const committeeNames: string[] = [];
    for (const entry of splitList(r.names)) {
      const list = entry[0];
      const text = entry.slice(1);
      if (list === 's') shortNames.push(text);
      else if (list === 'a') absentNames.push(text);
      else if (list === 'o') otherNames.push(text);
      else {
        const [id, name] = text.split('\u001e') as [string, string];
        committee.push(id);
        committeeNames.push(name);
      }
    }
    if (want.classHours && r.members) {
      classHours.set(r.orgId, {
        value: r.met! / r.members,
        sourceIds: splitList(r.short).sort(),
        detail: { total: r.members, missing: shortNames },
      });
    }
    if (want.absent && r.absent) {
      const ids = splitList(r.absent).sort();
      absent.set(r.orgId, { value: ids.length, sourceIds: ids, detail: { missing: absentNames } });
    }
    if (want.talks && r.type !== 'group' && (r.members || committee.length > 0)) {
      const missing: string[] = [];
      for (let i = 0; i < committee.length && missing.length < MISSING_LIST; i++) {
        for (let j = i + 1; j < committee.length && missing.length < MISSING_LIST; j++) missing.push(`${committeeNames[i]}—${committeeNames[j]}`);
      }
      for (const name of otherNames) if (missing.length < MISSING_LIST) missing.push(name);
      const required = (committee.length * (committee.length - 1)) / 2 + (r.others ?? 0);
      talks.set(r.orgId, { value: 0, sourceIds: [], detail: { total: required, missing, ...(required === 0 ? { note: '无应谈话对象' } : {}) } });
    }
  }
  return { classHours, absent, talks };
}
