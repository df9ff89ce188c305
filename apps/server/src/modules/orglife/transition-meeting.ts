import { MEETING_STATUSES } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { can } from '../../platform/access';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { deriveMeetingFacts } from './derive-meeting-facts';
import { meetingInScope } from './meeting-access';
import { attendanceOf, bumpVersion, getMeetingRow, type MeetingRow } from './meetings.repository';
import type { TransitionInput } from './orglife.schemas';
import { refreshValidity } from './refresh-validity';

type Status = MeetingRow['status'];

// planned → held → recorded → reviewed; a reviewer may send a thin record back (returned) with a
// reason, and reopen a reviewed one. Who may: writers hold and record; reviewers approve, return, reopen.
const MOVES: Record<TransitionInput['action'], { from: Status[]; to: Status; permission: 'meeting:write' | 'meeting:review' }> = {
  hold: { from: ['planned'], to: 'held', permission: 'meeting:write' },
  record: { from: ['held', 'returned'], to: 'recorded', permission: 'meeting:write' },
  approve: { from: ['recorded'], to: 'reviewed', permission: 'meeting:review' },
  return: { from: ['recorded', 'reviewed'], to: 'returned', permission: 'meeting:review' },
  reopen: { from: ['reviewed'], to: 'recorded', permission: 'meeting:review' },
};

export async function transitionMeeting(ex: Executor, ctx: RequestContext, id: string, input: TransitionInput): Promise<void> {
  const move = MOVES[input.action];
  if (!can(ctx.actor, move.permission)) throw new AppError('FORBIDDEN');
  const m = await meetingInScope(ex, ctx, id, move.permission, { forUpdate: true, version: input.version });
  if (!move.from.includes(m.status)) throw new AppError('MEETING_STATE_INVALID', { status: MEETING_STATUSES.label(m.status) });
  if (input.action === 'hold' && input.heldOn > todayIn(ctx.timeZone)) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'heldOn', message: 'a meeting cannot be held in the future' }] });
  }
  if (input.action === 'record') {
    const missing: string[] = [];
    if (!m.minutes?.trim()) missing.push('会议记录');
    if ((await attendanceOf(ex, id)).length === 0) missing.push('出席情况');
    if (m.types.includes('party_lesson') && !m.lecturerPersonId) missing.push('授课人');
    if (missing.length > 0) throw new AppError('MEETING_RECORD_INCOMPLETE', { missing: missing.join('、') }, { missing });
  }
  await ex.execute(sql`UPDATE meeting SET status = ${move.to},
      held_on = ${input.action === 'hold' ? input.heldOn : m.heldOn},
      return_reason = ${input.action === 'return' ? input.reason : input.action === 'record' ? null : m.returnReason},
      reviewed_by = ${input.action === 'approve' ? ctx.actor.accountId : null},
      reviewed_at = ${input.action === 'approve' ? new Date().toISOString() : null}
    WHERE id = ${id}`);
  await bumpVersion(ex, id);
  const fresh = (await getMeetingRow(ex, id))!;
  await refreshValidity(ex, fresh);
  await deriveMeetingFacts(ex, fresh);
  await recordAudit(ex, auditActor(ctx), {
    action: `meeting.${input.action}`,
    entityType: 'meeting',
    entityId: id,
    before: { status: m.status },
    after: { status: move.to, ...(input.action === 'return' ? { reason: input.reason } : {}), ...(input.action === 'hold' ? { heldOn: input.heldOn } : {}) },
  });
}
