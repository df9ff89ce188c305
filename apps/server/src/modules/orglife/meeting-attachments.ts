import { MEETING_STATUSES } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { addAttachment } from '../../platform/attachments';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, rows, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import type { Storage } from '../../platform/storage';
import { meetingInScope } from './meeting-access';

export type AttachmentView = { id: string; fileName: string; mime: string; bytes: number; hasThumb: boolean; createdAt: string };

export async function attachmentsOf(ex: Executor, meetingId: string): Promise<AttachmentView[]> {
  return rows<AttachmentView>(
    ex,
    sql`SELECT id, file_name AS "fileName", mime, bytes, thumb_key IS NOT NULL AS "hasThumb", created_at AS "createdAt"
        FROM attachment WHERE owner_type = 'meeting' AND owner_id = ${meetingId} ORDER BY created_at`,
  );
}

/** Adds a photo or PDF to a meeting record (not to a reviewed one). */
export async function addMeetingAttachment(
  ex: Executor,
  ctx: RequestContext,
  storage: Storage,
  meetingId: string,
  file: { fileName: string; data: Buffer },
): Promise<AttachmentView> {
  const m = await meetingInScope(ex, ctx, meetingId, 'meeting:write', { forUpdate: true });
  if (m.status === 'reviewed') throw new AppError('MEETING_STATE_INVALID', { status: MEETING_STATUSES.label(m.status) });
  const stored = await addAttachment(ex, storage, {
    ownerType: 'meeting',
    ownerId: meetingId,
    prefix: `attachments/meeting/${meetingId}`,
    fileName: file.fileName,
    data: file.data,
    uploadedBy: ctx.actor.accountId,
  });
  const fileName = stored.fileName;
  await recordAudit(ex, auditActor(ctx), {
    action: 'meeting.attachment_add',
    entityType: 'meeting',
    entityId: meetingId,
    after: { attachmentId: stored.id, fileName, mime: stored.mime, bytes: stored.bytes, sha256: stored.sha256 },
  });
  return { id: stored.id, fileName, mime: stored.mime, bytes: stored.bytes, hasThumb: !!stored.thumbKey, createdAt: new Date().toISOString() };
}

export async function removeMeetingAttachment(ex: Executor, ctx: RequestContext, meetingId: string, attachmentId: string) {
  const m = await meetingInScope(ex, ctx, meetingId, 'meeting:write', { forUpdate: true });
  if (m.status === 'reviewed') throw new AppError('MEETING_STATE_INVALID', { status: MEETING_STATUSES.label(m.status) });
  const a = await one<{ fileName: string }>(
    ex,
    sql`SELECT file_name AS "fileName" FROM attachment WHERE id = ${attachmentId} AND owner_type = 'meeting' AND owner_id = ${meetingId}`,
  );
  if (!a) throw notFound();
  // The row goes; the bytes stay in storage so that the audit record still points at something real.
  await ex.execute(sql`DELETE FROM attachment WHERE id = ${attachmentId}`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'meeting.attachment_remove',
    entityType: 'meeting',
    entityId: meetingId,
    before: { attachmentId, fileName: a.fileName },
  });
}

/** Finds a meeting attachment the actor may read. */
export async function readableAttachment(ex: Executor, ctx: RequestContext, meetingId: string, attachmentId: string) {
  await meetingInScope(ex, ctx, meetingId, 'meeting:read');
  const a = await one<{ fileName: string; mime: string; storageKey: string; thumbKey: string | null }>(
    ex,
    sql`SELECT file_name AS "fileName", mime, storage_key AS "storageKey", thumb_key AS "thumbKey"
        FROM attachment WHERE id = ${attachmentId} AND owner_type = 'meeting' AND owner_id = ${meetingId}`,
  );
  if (!a) throw notFound();
  return a;
}
