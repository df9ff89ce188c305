import { createHmac, timingSafeEqual } from 'node:crypto';
import { MEETING_STATUSES } from '@zhibu/shared';
import QRCode from 'qrcode';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { getOrgRow } from '../orgs/index';
import { deriveMeetingFacts } from './derive-meeting-facts';
import { expectedAttendees } from './expected-attendees';
import { meetingInScope } from './meeting-access';
import { getMeetingRow } from './meetings.repository';
import { refreshValidity } from './refresh-validity';

// Optional QR sign-in: the organiser shows a short-lived code; members scan it with their phone while
// signed in. The organiser can always record attendance by hand instead — sign-in is never required.
export const SIGN_IN_TTL_MS = 10 * 60 * 1000;

function sign(secret: string, meetingId: string, expires: number): string {
  return createHmac('sha256', secret).update(`sign-in:${meetingId}:${expires}`).digest('base64url').slice(0, 22);
}

export async function createSignInCode(
  ex: Executor,
  ctx: RequestContext,
  secret: string,
  id: string,
  baseUrl: string,
): Promise<{ token: string; url: string; qrSvg: string; expiresAt: string }> {
  const m = await meetingInScope(ex, ctx, id, 'meeting:write');
  if (!m.heldOn || (m.status !== 'held' && m.status !== 'returned' && m.status !== 'recorded')) {
    throw new AppError('MEETING_STATE_INVALID', { status: MEETING_STATUSES.label(m.status) });
  }
  const expires = Date.now() + SIGN_IN_TTL_MS;
  const token = `${id}.${expires}.${sign(secret, id, expires)}`;
  const url = `${baseUrl}/sign-in/${encodeURIComponent(token)}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, width: 280 });
  return { token, url, qrSvg, expiresAt: new Date(expires).toISOString() };
}

/** Marks the signed-in member present, if the code is genuine and fresh and they are on the roster. */
export async function signIn(ex: Executor, ctx: RequestContext, secret: string, token: string): Promise<{ meetingId: string; title: string }> {
  const [id, exp, mac] = token.split('.');
  const expires = Number(exp);
  const expected = id && exp ? sign(secret, id, expires) : '';
  if (!id || !mac || !Number.isFinite(expires) || expires < Date.now() || mac.length !== expected.length ||
      !timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) {
    throw new AppError('SIGN_IN_INVALID');
  }
  const m = await getMeetingRow(ex, id, true);
  if (!m || !m.heldOn || m.status === 'reviewed' || m.status === 'planned') throw new AppError('SIGN_IN_INVALID');
  const personId = ctx.actor.personId;
  const org = await getOrgRow(ex, m.orgNodeId);
  const roster = await expectedAttendees(ex, { ...m, parentId: org?.parentId, date: m.heldOn });
  const entry = personId ? roster.find((r) => r.personId === personId) : undefined;
  if (!personId || !entry) throw new AppError('SIGN_IN_NOT_EXPECTED');
  const at = new Date().toISOString();
  // The first sign-in lays down the whole roster as absent, so that counts and validity always judge
  // against everyone who should attend; the organiser corrects absences (reasons, 列席) by hand.
  const recorded = await one<{ n: number }>(ex, sql`SELECT count(*)::int AS n FROM meeting_attendance WHERE meeting_id = ${id}`);
  if ((recorded?.n ?? 0) === 0) {
    await ex.execute(sql`INSERT INTO meeting_attendance (meeting_id, person_id, expected, voting, status, source)
      VALUES ${sql.join(
        roster.map((r) => sql`(${id}, ${r.personId}, true, ${r.voting}, 'absent', 'manual')`),
        sql`, `,
      )}`);
  }
  await ex.execute(sql`INSERT INTO meeting_attendance (meeting_id, person_id, expected, voting, status, signed_in_at, source)
    VALUES (${id}, ${personId}, true, ${entry.voting}, 'present', ${at}, 'qr')
    ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = 'present', absence_reason = NULL, signed_in_at = ${at}, source = 'qr'`);
  await refreshValidity(ex, m);
  await deriveMeetingFacts(ex, m);
  const present = await one<{ n: number }>(ex, sql`SELECT count(*)::int AS n FROM meeting_attendance WHERE meeting_id = ${id} AND status = 'present'`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'meeting.sign_in',
    entityType: 'meeting',
    entityId: id,
    after: { personId, present: present?.n ?? 0 },
  });
  return { meetingId: id, title: m.title };
}
