import { sql, type SQL } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import { QUARTERS } from './rating-metrics-periods';

// Each person's organisational life by quarter (`member_activity`): study hours and the last day
// attended, summed from their attended and class_hours facts. It is re-derived together with those
// facts, for exactly the people and years a re-derivation touches, so it never disagrees with them.

type Touched = { personId: string; year: number };

/**
 * The people and years whose activity re-deriving the meetings matched by `where` (a condition on
 * meeting m) may change: those of the facts it will replace, and those of the attendance it will
 * count (`counting`: the condition under which a sitting yields facts). Read before the facts change.
 */
export async function activityTouched(ex: Executor, where: SQL, counting: SQL): Promise<Touched[]> {
  return rows<Touched>(
    ex,
    sql`SELECT DISTINCT person_id AS "personId", year FROM (
          SELECT f.person_id, extract(year FROM f.on_date)::int AS year
          FROM meeting m JOIN fact f ON f.source_type = 'meeting' AND f.source_id = m.id
          WHERE f.kind IN ('attended', 'class_hours') AND ${where}
          UNION ALL
          SELECT a.person_id, extract(year FROM m.held_on)::int
          FROM meeting m JOIN meeting_attendance a ON a.meeting_id = m.id
          WHERE a.status IN ('present', 'nonvoting') AND ${counting} AND ${where}
        ) x`,
  );
}

/** Re-derives the activity of the given people and years from their facts (after those changed). */
export async function refreshMemberActivity(ex: Executor, touched: readonly Touched[]): Promise<void> {
  if (touched.length === 0) return;
  // Two meetings sharing members may be saved at once. Each refresh recomputes whole rows from the
  // facts, so refreshes take turns (until their transactions end), and each recomputes after the one
  // before it has committed: otherwise the second could insert a row the first has just inserted, or
  // write a sum that misses the first one's facts. Reading the table is not held up.
  await ex.execute(sql`LOCK TABLE member_activity IN SHARE ROW EXCLUSIVE MODE`);
  const pairs = sql`SELECT t."personId" AS person_id, t.year FROM jsonb_to_recordset(${JSON.stringify(touched)}::jsonb) AS t("personId" uuid, year int)`;
  await ex.execute(sql`DELETE FROM member_activity a USING (${pairs}) t WHERE a.person_id = t.person_id AND a.year = t.year`);
  const quarter = sql`extract(quarter FROM f.on_date)`;
  await ex.execute(sql`INSERT INTO member_activity (person_id, year, hours_q1, hours_q2, hours_q3, hours_q4, attended_q1, attended_q2, attended_q3, attended_q4)
    SELECT t.person_id, t.year,
           ${sql.join(
             QUARTERS.map((q) => sql`coalesce(sum(f.value) FILTER (WHERE f.kind = 'class_hours' AND ${quarter} = ${q}), 0)::float8`),
             sql`, `,
           )},
           ${sql.join(
             QUARTERS.map((q) => sql`max(f.on_date) FILTER (WHERE f.kind = 'attended' AND ${quarter} = ${q})`),
             sql`, `,
           )}
    FROM (${pairs}) t
    JOIN fact f ON f.person_id = t.person_id AND f.kind IN ('attended', 'class_hours')
               AND f.on_date >= make_date(t.year, 1, 1) AND f.on_date < make_date(t.year + 1, 1, 1)
    GROUP BY t.person_id, t.year`);
}
