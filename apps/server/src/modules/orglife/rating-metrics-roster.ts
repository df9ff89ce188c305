import { sql, type SQL } from 'drizzle-orm';
import { addMonths } from '../../platform/clock';
import { readRows, type Reader } from '../../platform/db';
import type { MetricQuery, MetricValue } from '../../platform/metrics';
import { ABSENCE_WARN_MONTHS } from './rules/absence-warnings';
import { CLASS_HOURS, memberAttendanceJoin } from './rating-metrics-attendance';
import { lastDay, yearsCovered } from './rating-metrics-periods';
import { committeeOnSql, listAgg, membersOnSql, MISSING_LIST, splitList } from './rating-metrics-sql';

// The metrics judged member by member against the roster of the range's last day, in one statement:
// `class_hours.share_met`, `members.absent_3_months`, and `talks.coverage` of the orgs without any talk
// in the range (those with talks are worked out by `talksCoverage`, from their talks). Each member is
// judged once (hours, committee, absence) and the judgements are counted and listed by org in one
// aggregate. The people an explanation names (the first ten of a list, the committee's pairs) are
// kept by id and named when the result is shown.

type ByOrg = Map<string, MetricValue>;

export type RosterWanted = { classHours: boolean; absent: boolean; talks: boolean };

/**
 * - `class_hours.share_met`: the share of the org's members whose hours at the 党课 / 专题学习 / 主题党日
 *   they attended (present or 列席), wherever held (the requirement is the member's own), reach 32 a
 *   year, 56 for committee members, prorated by the share of each calendar year the range covers. A
 *   sitting's hours are actual_end − actual_start, counted only when both were recorded. The sources
 *   are the members short of hours; the explanation names the first ten of them (by id).
 * - `members.absent_3_months`: members whose last attended organisational life (anywhere), or the start
 *   of their first placement if they never attended, lies three months or more before the range's last
 *   day — the rule of the absence warnings, judged at the range end. Named as above.
 *   Both are read from the members' activity by quarter where the range allows (`memberAttendanceJoin`).
 * - `talks.coverage` where the org had no talk in the range: by the `talkCoverage` rule nothing is
 *   covered, and every pair of the committee (ordered by id) and every member outside it (by id) is
 *   missing, so only the committee, the number of members outside it and the first of them are read.
 */
export async function rosterMetrics(read: Reader, q: MetricQuery, want: RosterWanted): Promise<{ classHours: ByOrg; absent: ByOrg; talks: ByOrg }> {
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
  // The members short of hours or absent are listed only with the records: they are the records of
  // those metrics, and the first ten of them are what the explanation names.
  const people = (condition: SQL) => (q.sources !== false ? sql`${listAgg(sql`person_id::text`)} FILTER (WHERE ${condition})` : sql`NULL`);
  // Only the absent members matter when neither the hours nor the talks are wanted.
  const byMember = want.classHours || want.talks;
  const list = await readRows<{
    orgId: string;
    type: string;
    members: number | null;
    met: number | null;
    short: string | null;
    absentCount: number | null;
    absent: string | null;
    others: number | null;
    firstOthers: string | null;
    committee: string | null;
  }>(
    read,
    sql`WITH committee AS MATERIALIZED (${committeeOnSql(q.orgWhere, end)}),
        judged AS (
          SELECT * FROM (
            SELECT mem.org, mem.person_id, ${byMember ? sql`c.person_id IS NOT NULL` : sql`false`} AS committee, ${met} AS met, ${away} AS absent
            FROM (${membersOnSql(q.orgWhere, end)}) mem
            ${want.classHours || want.absent ? memberAttendanceJoin(q, cutoff) : sql``}
            ${byMember ? sql`LEFT JOIN committee c ON c.org = mem.org AND c.person_id = mem.person_id` : sql``}
          ) j
          ${byMember ? sql`` : sql`WHERE j.absent`}
        ),
        members AS (
          SELECT org, count(*)::int AS members, count(*) FILTER (WHERE met)::int AS met, ${people(sql`NOT met`)} AS short,
                 count(*) FILTER (WHERE NOT committee)::int AS others, count(*) FILTER (WHERE absent)::int AS "absentCount",
                 ${people(sql`absent`)} AS absent,
                 ${
                   want.talks
                     ? sql`array_to_string((array_agg(person_id::text ORDER BY person_id) FILTER (WHERE NOT committee))[1:${MISSING_LIST}], chr(31))`
                     : sql`NULL`
                 } AS "firstOthers"
          FROM judged GROUP BY org
        )
        -- put together by a second aggregate rather than by joins, whose plan could depend on how many
        -- orgs are expected; the org itself is there so that every org in scope has a row
        SELECT org AS "orgId", max(type) AS type, max(members) AS members, max(met) AS met, max(short) AS short,
               max(others) AS others, max("absentCount") AS "absentCount", max(absent) AS absent, max("firstOthers") AS "firstOthers", max(committee) AS committee
        FROM (SELECT org, NULL::text AS type, members, met, short, others, "absentCount", absent, "firstOthers", NULL::text AS committee FROM members
              ${
                want.talks
                  ? sql`UNION ALL
                        SELECT org, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ${listAgg(sql`person_id::text`)} FROM committee GROUP BY org`
                  : sql``
              }
              UNION ALL
              SELECT o.id, o.type, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM org_node o WHERE ${q.orgWhere}) parts
        GROUP BY org`,
  );
  // The first of a list, by id, each named when shown.
  const firstPeople = (ids: readonly string[]) => ids.slice(0, MISSING_LIST).map((id) => [id]);
  const sources = q.sources !== false;
  const listed = (ids: string[]) => (sources ? { sourceIds: ids } : {});
  for (const r of list) {
    if (want.classHours && r.members) {
      const short = splitList(r.short).sort();
      classHours.set(r.orgId, {
        value: r.met! / r.members,
        ...listed(short),
        detail: { total: r.members, ...(sources ? { missingPeople: firstPeople(short) } : {}) },
      });
    }
    if (want.absent && r.absentCount) {
      const ids = splitList(r.absent).sort();
      absent.set(r.orgId, { value: r.absentCount, ...(sources ? { sourceIds: ids, detail: { missingPeople: firstPeople(ids) } } : {}) });
    }
    const committee = splitList(r.committee).sort();
    if (want.talks && r.type !== 'group' && (r.members || committee.length > 0)) {
      const missing: string[][] = [];
      for (let i = 0; i < committee.length && missing.length < MISSING_LIST; i++) {
        for (let j = i + 1; j < committee.length && missing.length < MISSING_LIST; j++) missing.push([committee[i]!, committee[j]!]);
      }
      for (const id of splitList(r.firstOthers)) if (missing.length < MISSING_LIST) missing.push([id]);
      const required = (committee.length * (committee.length - 1)) / 2 + (r.others ?? 0);
      talks.set(r.orgId, {
        value: 0,
        ...listed([]),
        detail: { total: required, missingPeople: missing, ...(required === 0 ? { note: '无应谈话对象' } : {}) },
      });
    }
  }
  return { classHours, absent, talks };
}
