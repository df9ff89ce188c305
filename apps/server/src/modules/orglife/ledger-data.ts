import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import { personNames } from '../people/index';
import { attendanceOf, MEETING_SELECT, resolutionsOf, type AttendanceRow, type MeetingRow } from './meetings.repository';

export type LedgerMeeting = MeetingRow & {
  attendance: AttendanceRow[];
  resolutions: { seq: number; text: string; yes: number; no: number; abstain: number; writtenYes: number }[];
  photos: { fileName: string; thumbKey: string }[];
  names: Map<string, string>;
};

/** Everything the yearly ledger prints, loaded meeting by meeting (progress is reported per meeting). */
export async function* ledgerMeetings(ex: Executor, orgId: string, year: number): AsyncGenerator<LedgerMeeting, void, void> {
  const list = await rows<MeetingRow>(
    ex,
    sql`${MEETING_SELECT}
        WHERE m.org_node_id = ${orgId} AND m.status IN ('held', 'recorded', 'reviewed', 'returned')
          AND m.held_on >= ${`${year}-01-01`} AND m.held_on < ${`${year + 1}-01-01`}
        ORDER BY m.held_on, m.created_at`,
  );
  for (const m of list) {
    const [attendance, resolutions] = await Promise.all([attendanceOf(ex, m.id), resolutionsOf(ex, m.id)]);
    const names = await personNames(ex, [m.chairPersonId, m.recorderPersonId, m.lecturerPersonId].filter((x): x is string => !!x));
    const photos = await rows<{ fileName: string; thumbKey: string }>(
      ex,
      sql`SELECT file_name AS "fileName", thumb_key AS "thumbKey" FROM attachment
          WHERE owner_type = 'meeting' AND owner_id = ${m.id} AND thumb_key IS NOT NULL ORDER BY created_at`,
    );
    yield { ...m, attendance, resolutions, photos, names };
  }
}

export async function countLedgerMeetings(ex: Executor, orgId: string, year: number): Promise<number> {
  const r = await rows<{ n: number }>(
    ex,
    sql`SELECT count(*)::int AS n FROM meeting WHERE org_node_id = ${orgId} AND status IN ('held', 'recorded', 'reviewed', 'returned')
          AND held_on >= ${`${year}-01-01`} AND held_on < ${`${year + 1}-01-01`}`,
  );
  return r[0]?.n ?? 0;
}
