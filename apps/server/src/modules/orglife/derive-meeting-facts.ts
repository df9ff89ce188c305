import { sql, type SQL } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import { factsChanged } from '../../platform/fact-events';
import { activityTouched, refreshMemberActivity } from './member-activity';
import type { MeetingRow } from './meetings.repository';

// Facts meetings yield for compliance, ratings and points: meeting_held.<type> per sitting and type,
// lesson_given for the lecturer, attended per person present (or attending without vote), and
// class_hours per such person at a study sitting (党课, 专题学习, 主题党日) whose start and end were
// recorded, valued in hours (training sessions will add their own class_hours facts). Re-deriving
// replaces a meeting's facts, so an edited meeting still counts once. Planned or returned sittings yield
// nothing. Set-based, so the same code serves one edited meeting and a bulk rebuild. What is summed
// from these facts and the attendance for the ratings is re-derived with them: each sitting's counts of
// expected and present members, and each touched member's activity by quarter (`member_activity`).
const COUNTING = sql`m.status IN ('held', 'recorded', 'reviewed') AND m.held_on IS NOT NULL`;
/** The sittings whose hours count towards members' yearly study hours. */
export const STUDY_TYPES = sql`ARRAY['party_lesson', 'study', 'theme_day']::text[]`;

/**
 * Re-derives the facts of every meeting matched by `where` (a condition on meeting m) and reports the
 * meetings to the modules that derive from their facts (points). `report: false` is for bulk rebuilds
 * that rebuild those modules' data themselves.
 */
export async function deriveFactsWhere(ex: Executor, where: SQL, report = true): Promise<void> {
  const ids = report ? (await rows<{ id: string }>(ex, sql`SELECT m.id FROM meeting m WHERE ${where}`)).map((r) => r.id) : [];
  const touched = await activityTouched(ex, where, COUNTING);
  await ex.execute(sql`DELETE FROM fact f USING meeting m WHERE f.source_type = 'meeting' AND f.source_id = m.id AND ${where}`);
  await ex.execute(sql`INSERT INTO fact (id, kind, source_type, source_id, org_node_id, person_id, on_date)
    SELECT gen_random_uuid(), 'meeting_held.' || t.type, 'meeting', m.id, m.org_node_id, NULL, m.held_on
    FROM meeting m CROSS JOIN LATERAL unnest(m.types) AS t(type)
    WHERE ${COUNTING} AND ${where}`);
  await ex.execute(sql`INSERT INTO fact (id, kind, source_type, source_id, org_node_id, person_id, on_date)
    SELECT gen_random_uuid(), 'lesson_given', 'meeting', m.id, m.org_node_id, m.lecturer_person_id, m.held_on
    FROM meeting m
    WHERE 'party_lesson' = ANY(m.types) AND m.lecturer_person_id IS NOT NULL AND ${COUNTING} AND ${where}`);
  await ex.execute(sql`INSERT INTO fact (id, kind, source_type, source_id, org_node_id, person_id, on_date)
    SELECT gen_random_uuid(), 'attended', 'meeting', m.id, m.org_node_id, a.person_id, m.held_on
    FROM meeting m JOIN meeting_attendance a ON a.meeting_id = m.id
    WHERE a.status IN ('present', 'nonvoting') AND ${COUNTING} AND ${where}`);
  await ex.execute(sql`INSERT INTO fact (id, kind, source_type, source_id, org_node_id, person_id, on_date, value)
    SELECT gen_random_uuid(), 'class_hours', 'meeting', m.id, m.org_node_id, a.person_id, m.held_on,
           extract(epoch FROM m.actual_end - m.actual_start)::numeric / 3600
    FROM meeting m JOIN meeting_attendance a ON a.meeting_id = m.id
    WHERE a.status IN ('present', 'nonvoting') AND m.types && ${STUDY_TYPES} AND m.actual_end > m.actual_start
      AND ${COUNTING} AND ${where}`);
  await refreshMemberActivity(ex, touched);
  await ex.execute(sql`UPDATE meeting t SET expected_count = c.expected, present_count = c.present
    FROM (SELECT m.id, count(a.meeting_id) FILTER (WHERE a.expected)::int AS expected,
                 count(a.meeting_id) FILTER (WHERE a.expected AND a.status = 'present')::int AS present
          FROM meeting m LEFT JOIN meeting_attendance a ON a.meeting_id = m.id
          WHERE ${where} GROUP BY m.id) c
    WHERE t.id = c.id AND (t.expected_count <> c.expected OR t.present_count <> c.present)`);
  await factsChanged(ex, { sourceType: 'meeting', sourceIds: ids });
}

export async function deriveMeetingFacts(ex: Executor, m: Pick<MeetingRow, 'id'>): Promise<void> {
  await deriveFactsWhere(ex, sql`m.id = ${m.id}`);
}
