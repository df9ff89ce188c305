import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import sharp from 'sharp';
import type { Executor } from './db';
import { AppError } from './errors';
import { newId } from './ids';
import { contentDisposition } from './xlsx';
import type { Storage } from './storage';

// Attachments (meeting photos, scanned PDFs): type checked by magic bytes, size capped, images get a
// small JPEG thumbnail. Bytes go to the storage backend; the caller records the metadata row.

export const ATTACHMENT_LIMITS = { maxBytes: 10 * 1024 * 1024 } as const;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentMime = (typeof ATTACHMENT_TYPES)[number];

export function sniffMime(head: Buffer): AttachmentMime | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

export type StoredAttachment = {
  id: string;
  mime: AttachmentMime;
  bytes: number;
  sha256: string;
  storageKey: string;
  thumbKey: string | null;
};

export class AttachmentRejected extends Error {
  constructor(public readonly reason: 'type' | 'size' | 'empty') {
    super(reason);
  }
}

/** Stores an uploaded file (already read into memory by the multipart parser, ≤ 10 MB). */
export async function storeAttachment(storage: Storage, data: Buffer, prefix: string): Promise<StoredAttachment> {
  if (data.length === 0) throw new AttachmentRejected('empty');
  if (data.length > ATTACHMENT_LIMITS.maxBytes) throw new AttachmentRejected('size');
  const mime = sniffMime(data.subarray(0, 16));
  if (!mime) throw new AttachmentRejected('type');
  const id = newId();
  const storageKey = `${prefix}/${id}`;
  await storage.put(storageKey, Readable.from(data));
  let thumbKey: string | null = null;
  if (mime !== 'application/pdf') {
    try {
      const thumb = await sharp(data).rotate().resize(320, 320, { fit: 'inside' }).jpeg({ quality: 75 }).toBuffer();
      thumbKey = `${storageKey}.thumb.jpg`;
      await storage.put(thumbKey, Readable.from(thumb));
    } catch {
      // A corrupt image keeps its bytes but gets no thumbnail.
      thumbKey = null;
    }
  }
  return { id, mime, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex'), storageKey, thumbKey };
}

/**
 * Stores an uploaded file for an owner record and writes its attachment row (in the caller's
 * transaction): a rejected file becomes ATTACHMENT_TOO_LARGE or ATTACHMENT_TYPE_INVALID, the file name
 * is made safe. Meetings, rating evidence and points claims keep their files this way.
 */
export async function addAttachment(
  ex: Executor,
  storage: Storage,
  input: { ownerType: string; ownerId: string; prefix: string; fileName: string; data: Buffer; uploadedBy: string | null },
): Promise<StoredAttachment & { fileName: string }> {
  let stored: StoredAttachment;
  try {
    stored = await storeAttachment(storage, input.data, input.prefix);
  } catch (e) {
    if (e instanceof AttachmentRejected) {
      throw e.reason === 'size' ? new AppError('ATTACHMENT_TOO_LARGE', { limit: '10 MB' }) : new AppError('ATTACHMENT_TYPE_INVALID');
    }
    throw e;
  }
  const fileName = input.fileName.replace(/[\\/]/g, '_').slice(0, 200) || 'file';
  await ex.execute(sql`INSERT INTO attachment (id, owner_type, owner_id, file_name, mime, bytes, sha256, storage_key, thumb_key, uploaded_by)
    VALUES (${stored.id}, ${input.ownerType}, ${input.ownerId}, ${fileName}, ${stored.mime}, ${stored.bytes}, ${stored.sha256},
      ${stored.storageKey}, ${stored.thumbKey}, ${input.uploadedBy})`);
  return { ...stored, fileName };
}

/** Answers with a stored file shown in the browser (or its thumbnail), cached privately for an hour. */
export function sendAttachment(
  reply: FastifyReply,
  storage: Storage,
  f: { fileName: string; mime: string; storageKey: string; thumbKey: string | null },
  thumb: boolean,
) {
  const useThumb = thumb && f.thumbKey;
  return reply
    .header('content-type', useThumb ? 'image/jpeg' : f.mime)
    .header('content-disposition', contentDisposition(f.fileName).replace('attachment;', 'inline;'))
    .header('cache-control', 'private, max-age=3600')
    .send(storage.get(useThumb ? f.thumbKey! : f.storageKey));
}
