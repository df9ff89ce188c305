import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import { inUuids } from '../../platform/sql-helpers';

/**
 * Each person's study hours in [from, to): the class_hours facts of the study sittings they attended
 * (present or 列席), wherever held. People without any are absent from the map (zero hours).
 */
export async function memberStudyHours(ex: Executor, personIds: readonly string[], range: { from: string; to: string }): Promise<Map<string, number>> {
  if (personIds.length === 0) return new Map();
  const list = await rows<{ personId: string; hours: number }>(
    ex,
    sql`SELECT person_id AS "personId", round(sum(value), 2)::float8 AS hours FROM fact
        WHERE kind = 'class_hours' AND on_date >= ${range.from} AND on_date < ${range.to} AND ${inUuids(sql`person_id`, personIds)}
        GROUP BY person_id`,
  );
  return new Map(list.map((r) => [r.personId, r.hours]));
}
