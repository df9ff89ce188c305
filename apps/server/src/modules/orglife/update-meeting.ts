import { sql } from 'drizzle-orm';
import { MEETING_STATUSES } from '@zhibu/shared';
import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { checkMeetingPeople } from './create-meeting';
import { deriveMeetingFacts } from './derive-meeting-facts';
import { meetingInScope } from './meeting-access';
import { bumpVersion, getMeetingRow } from './meetings.repository';
import type { UpdateMeetingInput } from './orglife.schemas';
import { refreshValidity } from './refresh-validity';

const FIELDS = [
  'types',
  'title',
  'plannedStart',
  'actualStart',
  'actualEnd',
  'heldOn',
  'place',
  'online',
  'chairPersonId',
  'recorderPersonId',
  'lecturerPersonId',
  'lessonTopic',
  'firstTopic',
  'partners',
  'agenda',
  'minutes',
] as const;

/** Edits the record. A reviewed record is frozen until a reviewer reopens it. */
export async function updateMeeting(ex: Executor, ctx: RequestContext, id: string, input: UpdateMeetingInput): Promise<void> {
  const m = await meetingInScope(ex, ctx, id, 'meeting:write', { forUpdate: true, version: input.version });
  if (m.status === 'reviewed') throw new AppError('MEETING_STATE_INVALID', { status: MEETING_STATUSES.label(m.status) });
  if (m.status === 'planned' && input.heldOn) throw new AppError('MEETING_STATE_INVALID', { status: MEETING_STATUSES.label(m.status) });
  if (input.heldOn && input.heldOn > todayIn(ctx.timeZone)) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'heldOn', message: 'a meeting cannot be held in the future' }] });
  }
  await checkMeetingPeople(ex, [input.chairPersonId, input.recorderPersonId, input.lecturerPersonId]);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const v = input[f];
    if (v === undefined || JSON.stringify(v) === JSON.stringify(m[f])) continue;
    before[f] = m[f];
    after[f] = f === 'types' ? [...new Set(v as string[])] : v;
  }
  if (Object.keys(after).length === 0) return;
  const n = { ...m, ...after };
  await ex.execute(sql`UPDATE meeting SET types = ${sql`ARRAY[${sql.join(n.types.map((t) => sql`${t}`), sql`, `)}]::text[]`},
      title = ${n.title}, planned_start = ${n.plannedStart}, actual_start = ${n.actualStart}, actual_end = ${n.actualEnd},
      held_on = ${n.heldOn}, place = ${n.place}, online = ${n.online}, chair_person_id = ${n.chairPersonId},
      recorder_person_id = ${n.recorderPersonId}, lecturer_person_id = ${n.lecturerPersonId}, lesson_topic = ${n.lessonTopic},
      first_topic = ${n.firstTopic}, partners = ${n.partners}, agenda = ${n.agenda}, minutes = ${n.minutes}
    WHERE id = ${id}`);
  await bumpVersion(ex, id);
  const fresh = (await getMeetingRow(ex, id))!;
  await refreshValidity(ex, fresh);
  await deriveMeetingFacts(ex, fresh);
  await recordAudit(ex, auditActor(ctx), { action: 'meeting.update', entityType: 'meeting', entityId: id, before, after });
}
