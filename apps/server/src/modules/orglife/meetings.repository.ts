import { sql, type SQL } from 'drizzle-orm';
import { one, rows, type Executor } from '../../platform/db';
import type { MeetingType } from './rules/frequency-rules';

export type MeetingRow = {
  id: string;
  orgNodeId: string;
  orgName: string;
  orgType: 'committee' | 'general_branch' | 'branch' | 'group';
  orgPath: string;
  types: MeetingType[];
  title: string;
  status: 'planned' | 'held' | 'recorded' | 'reviewed' | 'returned';
  plannedStart: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  heldOn: string | null;
  place: string | null;
  online: boolean;
  chairPersonId: string | null;
  recorderPersonId: string | null;
  lecturerPersonId: string | null;
  lessonTopic: string | null;
  firstTopic: boolean;
  partners: string | null;
  agenda: string | null;
  minutes: string | null;
  validity: { valid: boolean; failures: Record<string, string | number>[] } | null;
  returnReason: string | null;
  reviewedAt: string | null;
  version: number;
};

export const MEETING_SELECT = sql`SELECT m.id, m.org_node_id AS "orgNodeId", o.name AS "orgName", o.type AS "orgType", o.path AS "orgPath",
    m.types, m.title, m.status, m.planned_start AS "plannedStart", m.actual_start AS "actualStart",
    m.actual_end AS "actualEnd", m.held_on AS "heldOn", m.place, m.online, m.chair_person_id AS "chairPersonId",
    m.recorder_person_id AS "recorderPersonId", m.lecturer_person_id AS "lecturerPersonId",
    m.lesson_topic AS "lessonTopic", m.first_topic AS "firstTopic", m.partners, m.agenda, m.minutes, m.validity,
    m.return_reason AS "returnReason", m.reviewed_at AS "reviewedAt", m.version
  FROM meeting m JOIN org_node o ON o.id = m.org_node_id`;

export async function getMeetingRow(ex: Executor, id: string, forUpdate = false): Promise<MeetingRow | undefined> {
  return one<MeetingRow>(ex, sql`${MEETING_SELECT} WHERE m.id = ${id} ${forUpdate ? sql`FOR UPDATE OF m` : sql``}`);
}

export type MeetingListRow = MeetingRow & { presentCount: number; expectedCount: number };

export async function findMeetingRows(ex: Executor, where: SQL, limit: number, offset: number) {
  const [items, count] = await Promise.all([
    rows<MeetingListRow>(
      ex,
      sql`SELECT * FROM (${MEETING_SELECT} WHERE ${where}) m0
          CROSS JOIN LATERAL (
            SELECT count(*) FILTER (WHERE a.status = 'present')::int AS "presentCount",
                   count(*) FILTER (WHERE a.expected)::int AS "expectedCount"
            FROM meeting_attendance a WHERE a.meeting_id = m0.id) c
          ORDER BY coalesce(m0."heldOn", m0."plannedStart"::date) DESC NULLS LAST, m0.id DESC
          LIMIT ${limit} OFFSET ${offset}`,
    ),
    one<{ c: number }>(ex, sql`SELECT count(*)::int AS c FROM meeting m JOIN org_node o ON o.id = m.org_node_id WHERE ${where}`),
  ]);
  return { items, total: count?.c ?? 0 };
}

export type AttendanceRow = {
  personId: string;
  name: string;
  partyStatus: string;
  expected: boolean;
  voting: boolean;
  status: 'present' | 'absent' | 'nonvoting' | 'written_opinion';
  absenceReason: 'public' | 'sick' | 'personal' | 'other' | null;
  note: string | null;
  source: 'manual' | 'qr';
  signedInAt: string | null;
};

export async function attendanceOf(ex: Executor, meetingId: string): Promise<AttendanceRow[]> {
  return rows<AttendanceRow>(
    ex,
    sql`SELECT a.person_id AS "personId", p.name, p.party_status AS "partyStatus", a.expected, a.voting, a.status,
               a.absence_reason AS "absenceReason", a.note, a.source, a.signed_in_at AS "signedInAt"
        FROM meeting_attendance a JOIN person p ON p.id = a.person_id
        WHERE a.meeting_id = ${meetingId} ORDER BY a.expected DESC, p.name`,
  );
}

export async function resolutionsOf(ex: Executor, meetingId: string) {
  return rows<{ id: string; seq: number; text: string; yes: number; no: number; abstain: number; writtenYes: number }>(
    ex,
    sql`SELECT id, seq, text, yes, no, abstain, written_yes AS "writtenYes" FROM meeting_resolution
        WHERE meeting_id = ${meetingId} ORDER BY seq`,
  );
}

export async function bumpVersion(ex: Executor, id: string): Promise<void> {
  await ex.execute(sql`UPDATE meeting SET version = version + 1, updated_at = now() WHERE id = ${id}`);
}
