import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { newId } from './ids';
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
