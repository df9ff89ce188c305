import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import type { MeetingRow } from './meetings.repository';

// Facts meetings yield for compliance, ratings and points: meeting_held.<type> per sitting and type,
// lesson_given for the lecturer, attended per person present (or attending without vote). Re-deriving
// replaces a meeting's facts, so an edited meeting still counts once. Planned or returned sittings yield
// nothing. Set-based, so the same code serves one edited meeting and a bulk rebuild.
const COUNTING = sql`m.status IN ('held', 'recorded', 'reviewed') AND m.held_on IS NOT NULL`;

/** Re-derives the facts of every meeting matched by `where` (a condition on meeting m). */
export async function deriveFactsWhere(ex: Executor, where: SQL): Promise<void> {
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
}

export async function deriveMeetingFacts(ex: Executor, m: Pick<MeetingRow, 'id'>): Promise<void> {
  await deriveFactsWhere(ex, sql`m.id = ${m.id}`);
}
