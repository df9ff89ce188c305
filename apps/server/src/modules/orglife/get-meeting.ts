import { can, orgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { personNames } from '../people/index';
import { meetingInScope } from './meeting-access';
import { attendanceOf, resolutionsOf } from './meetings.repository';
import type { MeetingDetail } from './orglife.schemas';
import { expectedAttendees } from './expected-attendees';
import { getOrgRow } from '../orgs/index';
import { attachmentsOf } from './meeting-attachments';

/**
 * A meeting with its attendance and votes. Before attendance is recorded, the roster of the meeting
 * date (or of today for a planned one) is shown with no status, ready to be filled in.
 */
export async function getMeeting(ex: Executor, ctx: RequestContext, id: string, today: string): Promise<MeetingDetail> {
  const m = await meetingInScope(ex, ctx, id, 'meeting:read');
  const [recorded, resolutions, attachments, names] = await Promise.all([
    attendanceOf(ex, id),
    resolutionsOf(ex, id),
    attachmentsOf(ex, id),
    personNames(ex, [m.chairPersonId, m.recorderPersonId, m.lecturerPersonId].filter((x): x is string => !!x)),
  ]);
  let attendance: MeetingDetail['attendance'] = recorded.map((a) => ({ ...a }));
  if (recorded.length === 0) {
    const org = await getOrgRow(ex, m.orgNodeId);
    const roster = await expectedAttendees(ex, { ...m, parentId: org?.parentId, date: m.heldOn ?? today });
    attendance = roster.map((r) => ({
      ...r,
      expected: true,
      status: null,
      absenceReason: null,
      note: null,
      source: null,
      signedInAt: null,
    }));
  }
  const writable = can(ctx.actor, 'meeting:write') && (await orgsInScope(ex, ctx.actor, 'meeting:write', [m.orgNodeId])).has(m.orgNodeId);
  const reviewer = can(ctx.actor, 'meeting:review') && (await orgsInScope(ex, ctx.actor, 'meeting:review', [m.orgNodeId])).has(m.orgNodeId);
  return {
    id: m.id,
    orgNodeId: m.orgNodeId,
    orgName: m.orgName,
    types: m.types,
    title: m.title,
    status: m.status,
    plannedStart: m.plannedStart,
    heldOn: m.heldOn,
    place: m.place,
    valid: m.validity?.valid ?? null,
    presentCount: recorded.filter((a) => a.status === 'present').length,
    expectedCount: attendance.filter((a) => a.expected).length,
    actualStart: m.actualStart,
    actualEnd: m.actualEnd,
    online: m.online,
    chairPersonId: m.chairPersonId,
    chairName: m.chairPersonId ? (names.get(m.chairPersonId) ?? null) : null,
    recorderPersonId: m.recorderPersonId,
    recorderName: m.recorderPersonId ? (names.get(m.recorderPersonId) ?? null) : null,
    lecturerPersonId: m.lecturerPersonId,
    lecturerName: m.lecturerPersonId ? (names.get(m.lecturerPersonId) ?? null) : null,
    lessonTopic: m.lessonTopic,
    firstTopic: m.firstTopic,
    partners: m.partners,
    agenda: m.agenda,
    minutes: m.minutes,
    validity: m.validity,
    returnReason: m.returnReason,
    reviewedAt: m.reviewedAt,
    version: m.version,
    attendance,
    resolutions,
    attachments,
    abilities: { update: writable && m.status !== 'reviewed', review: reviewer },
  };
}
