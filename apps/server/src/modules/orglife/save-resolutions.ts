import { MEETING_STATUSES } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { meetingInScope } from './meeting-access';
import { bumpVersion, getMeetingRow, resolutionsOf } from './meetings.repository';
import type { ResolutionsInput } from './orglife.schemas';
import { refreshValidity } from './refresh-validity';

/** Replaces the resolutions and their vote counts; validity is recomputed against the attendance. */
export async function saveResolutions(ex: Executor, ctx: RequestContext, id: string, input: ResolutionsInput): Promise<void> {
  const m = await meetingInScope(ex, ctx, id, 'meeting:write', { forUpdate: true, version: input.version });
  if (m.status === 'reviewed' || m.status === 'planned') {
    throw new AppError('MEETING_STATE_INVALID', { status: MEETING_STATUSES.label(m.status) });
  }
  const before = await resolutionsOf(ex, id);
  await ex.execute(sql`DELETE FROM meeting_resolution WHERE meeting_id = ${id}`);
  for (const [i, r] of input.resolutions.entries()) {
    await ex.execute(sql`INSERT INTO meeting_resolution (id, meeting_id, seq, text, yes, no, abstain, written_yes)
      VALUES (${newId()}, ${id}, ${i + 1}, ${r.text}, ${r.yes}, ${r.no}, ${r.abstain}, ${r.writtenYes})`);
  }
  await bumpVersion(ex, id);
  await refreshValidity(ex, (await getMeetingRow(ex, id))!);
  await recordAudit(ex, auditActor(ctx), {
    action: 'meeting.resolutions',
    entityType: 'meeting',
    entityId: id,
    before: { resolutions: before.map(({ text, yes, no, abstain, writtenYes }) => ({ text, yes, no, abstain, writtenYes })) },
    after: { resolutions: input.resolutions },
  });
}
