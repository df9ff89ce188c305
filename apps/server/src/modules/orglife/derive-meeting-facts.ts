import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { newId } from '../../platform/ids';
import type { MeetingRow } from './meetings.repository';

// Facts a meeting yields for compliance, ratings and points. Re-deriving replaces the meeting's facts,
// so an edited meeting still counts once. A planned or returned sitting yields nothing.
const COUNTING = new Set(['held', 'recorded', 'reviewed']);

export async function deriveMeetingFacts(ex: Executor, m: MeetingRow): Promise<void> {
  await ex.execute(sql`DELETE FROM fact WHERE source_type = 'meeting' AND source_id = ${m.id}`);
  if (!COUNTING.has(m.status) || !m.heldOn) return;
  const facts: { kind: string; personId: string | null }[] = m.types.map((t) => ({ kind: `meeting_held.${t}`, personId: null }));
  if (m.types.includes('party_lesson') && m.lecturerPersonId) facts.push({ kind: 'lesson_given', personId: m.lecturerPersonId });
  const values = facts.map(
    (f) => sql`(${newId()}, ${f.kind}, 'meeting', ${m.id}, ${m.orgNodeId}, ${f.personId}, ${m.heldOn})`,
  );
  await ex.execute(sql`INSERT INTO fact (id, kind, source_type, source_id, org_node_id, person_id, on_date)
    VALUES ${sql.join(values, sql`, `)}`);
  // One 'attended' fact per person present (or attending without vote) at organisational life.
  await ex.execute(sql`INSERT INTO fact (id, kind, source_type, source_id, org_node_id, person_id, on_date)
    SELECT gen_random_uuid(), 'attended', 'meeting', ${m.id}, ${m.orgNodeId}, a.person_id, ${m.heldOn}::date
    FROM meeting_attendance a WHERE a.meeting_id = ${m.id} AND a.status IN ('present', 'nonvoting')`);
}
