import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { attendanceOf, resolutionsOf, type MeetingRow } from './meetings.repository';
import { validityFor } from './meeting-validity-for';

/** Recomputes and stores the validity of a sitting after its attendance, votes or types change. */
export async function refreshValidity(ex: Executor, m: MeetingRow): Promise<void> {
  const [attendance, resolutions] = await Promise.all([attendanceOf(ex, m.id), resolutionsOf(ex, m.id)]);
  const validity = await validityFor(ex, m, attendance, resolutions);
  await ex.execute(sql`UPDATE meeting SET validity = ${validity === null ? null : JSON.stringify(validity)}::jsonb WHERE id = ${m.id}`);
}
