import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { placementsOf } from '../people/index';
import { meetingInScope } from './meeting-access';

export type RectificationInput = {
  problem: string;
  measure: string;
  ownerPersonId?: string | null;
  dueOn?: string | null;
  closedOn?: string | null;
};

export async function rectificationsOf(ex: Executor, meetingId: string) {
  return rows<{ id: string; seq: number; problem: string; measure: string; ownerPersonId: string | null; ownerName: string | null; dueOn: string | null; closedOn: string | null }>(
    ex,
    sql`SELECT r.id, r.seq, r.problem, r.measure, r.owner_person_id AS "ownerPersonId", p.name AS "ownerName",
               r.due_on AS "dueOn", r.closed_on AS "closedOn"
        FROM rectification_item r LEFT JOIN person p ON p.id = r.owner_person_id
        WHERE r.meeting_id = ${meetingId} ORDER BY r.seq`,
  );
}

/**
 * Replaces the rectification list of a 组织生活会. Items are closed over the following months, so the
 * list stays editable after the meeting was reviewed.
 */
export async function saveRectifications(ex: Executor, ctx: RequestContext, meetingId: string, items: RectificationInput[]) {
  const m = await meetingInScope(ex, ctx, meetingId, 'meeting:write', { forUpdate: true });
  if (!m.types.includes('life_meeting')) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'items', message: 'only a 组织生活会 has a rectification list' }] });
  }
  const owners = [...new Set(items.map((i) => i.ownerPersonId).filter((x): x is string => !!x))];
  if ((await placementsOf(ex, owners)).size !== owners.length) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'items', message: 'unknown owner' }] });
  }
  const before = await rectificationsOf(ex, meetingId);
  await ex.execute(sql`DELETE FROM rectification_item WHERE meeting_id = ${meetingId}`);
  for (const [i, r] of items.entries()) {
    await ex.execute(sql`INSERT INTO rectification_item (id, meeting_id, seq, problem, measure, owner_person_id, due_on, closed_on)
      VALUES (${newId()}, ${meetingId}, ${i + 1}, ${r.problem}, ${r.measure}, ${r.ownerPersonId ?? null}, ${r.dueOn ?? null}, ${r.closedOn ?? null})`);
  }
  await recordAudit(ex, auditActor(ctx), {
    action: 'meeting.rectifications',
    entityType: 'meeting',
    entityId: meetingId,
    before: { items: before.map(({ problem, measure, closedOn }) => ({ problem, measure, closedOn })) },
    after: { items: items.map(({ problem, measure, closedOn }) => ({ problem, measure, closedOn: closedOn ?? null })) },
  });
}
