import { sql, type SQL } from 'drizzle-orm';
import type { MetricQuery, MetricValue } from '../../platform/metrics';
import { lastDay, quartersBetween, quartersOf } from './rating-metrics-periods';

// The attendance behind `attendance.rate`, `class_hours.share_met` and `members.absent_3_months`. The
// rate is summed from the counts each held sitting keeps of its attendance (by the scan of the sittings);
// a member's hours and last attendance are read from their activity by quarter (`member_activity`) when
// the range is made of whole quarters of a year, as every rating round's is, else from their facts.

type ByOrg = Map<string, MetricValue>;

/** Yearly study hours a member needs (committee members more), before prorating to the range. */
export const CLASS_HOURS = { member: 32, committee: 56 } as const;

/** `round(present / expected, 4)` as the database's numeric `round` gives it (half away from zero), from the counts. */
export function roundedRate(present: number, expected: number): number {
  return Math.floor((2 * present * 10_000 + expected) / (2 * expected)) / 10_000;
}

export type AttendanceCounts = { orgId: string; expected: number; present: number }[];

/**
 * `attendance.rate`: the share of expected attendances that were present over the org's own held
 * sittings in the range (as `attendanceRate`, rounded to four places). Its sources are all of those
 * sittings, listed by the scan of the sittings (`sittingMetrics`) and passed in as `sources` (null when not wanted).
 */
export function attendanceRates(counts: AttendanceCounts, sources: Map<string, string[]> | null): ByOrg {
  const rate: ByOrg = new Map();
  for (const r of counts) {
    if (r.expected > 0) rate.set(r.orgId, { value: roundedRate(r.present, r.expected), ...(sources ? { sourceIds: sources.get(r.orgId) ?? [] } : {}) });
  }
  return rate;
}

/**
 * Each member's study hours in the range and whether they attended any organisational life (anywhere)
 * after `cutoff` and before the range end, joined to the roster `mem` (person_id) as `h.hours` and
 * `h.attended`. Hours are those of the study sittings (党课, 专题学习, 主题党日 with start and end
 * recorded) they attended, present or 列席, wherever held: the yearly requirement is the member's own,
 * as on their study-hours ledger.
 */
export function memberAttendanceJoin(q: MetricQuery, cutoff: string): SQL {
  const whole = quartersOf(q.from, q.to);
  // The days after the cutoff lie in the range's last quarter, and at most in the one before it.
  const window = whole && quartersBetween(cutoff, lastDay(q.to), whole.year);
  if (whole && window) {
    const hours = sql.join(
      whole.quarters.map((n) => sql.raw(`a.hours_q${n}`)),
      sql` + `,
    );
    // A quarter's last day attended is after the cutoff exactly when some day of it in the window was.
    const attended = sql.join(
      window.map((n) => sql`${sql.raw(`a.attended_q${n}`)} > ${cutoff}::date`),
      sql` OR `,
    );
    return sql`LEFT JOIN (SELECT a.person_id, ${hours} AS hours, coalesce(${attended}, false) AS attended
                          FROM member_activity a WHERE a.year = ${whole.year}) h ON h.person_id = mem.person_id`;
  }
  return sql`LEFT JOIN (SELECT f.person_id, sum(f.value) FILTER (WHERE f.kind = 'class_hours' AND f.on_date >= ${q.from})::float8 AS hours,
                               bool_or(f.kind = 'attended' AND f.on_date > ${cutoff}) AS attended
                        FROM fact f
                        WHERE f.kind IN ('class_hours', 'attended') AND f.on_date >= least(${q.from}::date, ${cutoff}::date) AND f.on_date < ${q.to}
                        GROUP BY f.person_id) h ON h.person_id = mem.person_id`;
}
