import { MEETING_STATUSES } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { getOrgRow } from '../orgs/index';
import { placementsOf } from '../people/index';
import { deriveMeetingFacts } from './derive-meeting-facts';
import { expectedAttendees } from './expected-attendees';
import { meetingInScope } from './meeting-access';
import { attendanceOf, bumpVersion, getMeetingRow } from './meetings.repository';
import type { AttendanceInput } from './orglife.schemas';
import { refreshValidity } from './refresh-validity';

/**
 * Records attendance by hand (the organiser can always do this; QR sign-in is optional). Everyone on
 * the roster of the meeting date gets a row: those not mentioned are absent. People outside the roster
 * may be added as present or attending without vote (列席).
 */
export async function recordAttendance(ex: Executor, ctx: RequestContext, id: string, input: AttendanceInput): Promise<void> {
  const m = await meetingInScope(ex, ctx, id, 'meeting:write', { forUpdate: true, version: input.version });
  if (!m.heldOn) throw new AppError('MEETING_NOT_HELD');
  if (m.status === 'reviewed' || m.status === 'planned') {
    throw new AppError('MEETING_STATE_INVALID', { status: MEETING_STATUSES.label(m.status) });
  }
  const org = await getOrgRow(ex, m.orgNodeId);
  const expected = await expectedAttendees(ex, { ...m, parentId: org?.parentId, date: m.heldOn });
  const byPerson = new Map(input.entries.map((e) => [e.personId, e]));
  const extra = input.entries.filter((e) => !expected.some((x) => x.personId === e.personId));
  const known = await placementsOf(ex, extra.map((e) => e.personId));
  const issues = extra
    .map((e, i) =>
      !known.has(e.personId)
        ? { path: `entries.${i}.personId`, message: 'unknown person' }
        : e.status === 'absent' || e.status === 'written_opinion'
          ? { path: `entries.${i}.status`, message: 'only people on the roster can be absent or send a written opinion' }
          : null,
    )
    .filter((x) => x !== null);
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, { issues });

  const previous = new Map((await attendanceOf(ex, id)).map((a) => [a.personId, a]));
  const rowsToWrite = [
    ...expected.map((x) => {
      const e = byPerson.get(x.personId);
      return { personId: x.personId, expected: true, voting: x.voting, status: e?.status ?? 'absent', reason: e?.absenceReason ?? null, note: e?.note ?? null };
    }),
    ...extra.map((e) => ({ personId: e.personId, expected: false, voting: false, status: e.status, reason: null, note: e.note ?? null })),
  ];
  await ex.execute(sql`DELETE FROM meeting_attendance WHERE meeting_id = ${id}`);
  if (rowsToWrite.length > 0) {
    const values = rowsToWrite.map((r) => {
      const prev = previous.get(r.personId);
      const keepQr = prev?.source === 'qr' && r.status === 'present';
      return sql`(${id}, ${r.personId}, ${r.expected}, ${r.voting}, ${r.status}, ${r.status === 'absent' ? r.reason : null}, ${r.note},
        ${keepQr ? prev.signedInAt : null}, ${keepQr ? 'qr' : 'manual'})`;
    });
    await ex.execute(sql`INSERT INTO meeting_attendance (meeting_id, person_id, expected, voting, status, absence_reason, note, signed_in_at, source)
      VALUES ${sql.join(values, sql`, `)}`);
  }
  await bumpVersion(ex, id);
  const fresh = (await getMeetingRow(ex, id))!;
  await refreshValidity(ex, fresh);
  await deriveMeetingFacts(ex, fresh);
  const count = (list: { status: string }[], s: string) => list.filter((r) => r.status === s).length;
  await recordAudit(ex, auditActor(ctx), {
    action: 'meeting.attendance',
    entityType: 'meeting',
    entityId: id,
    before: { present: count([...previous.values()], 'present'), absent: count([...previous.values()], 'absent') },
    after: { present: count(rowsToWrite, 'present'), absent: count(rowsToWrite, 'absent') },
  });
}
