import { createHash } from 'node:crypto';
import path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import type { AppDeps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { insertImportBatch, PERSON_IMPORT_KIND } from './import.repository';
import { validateImport } from './validate-import';

// An .xlsx file is a zip archive: it starts with the local file header signature "PK\3\4".
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Passes the upload through while hashing it and keeping its first bytes. */
class Sniffer extends Transform {
  readonly hash = createHash('sha256');
  head = Buffer.alloc(0);
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    this.hash.update(chunk);
    if (this.head.length < ZIP_MAGIC.length) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, ZIP_MAGIC.length - this.head.length)]);
    }
    cb(null, chunk);
  }
}

export type Upload = { fileName: string; stream: Readable; truncated: () => boolean };

export const importFileKey = (importId: string) => `imports/${importId}.xlsx`;

/**
 * Stores an uploaded roster (.xlsx only, by name and by content), opens an import batch and starts
 * the validation job. Returns at once; the job's progress and the batch state tell the rest.
 */
export async function startImport(
  deps: Pick<AppDeps, 'database' | 'storage' | 'jobs'>,
  ctx: RequestContext,
  upload: Upload,
): Promise<{ importId: string; jobId: string }> {
  const fileName = path.basename(upload.fileName.replace(/\\/g, '/')).slice(-200);
  if (!/\.xlsx$/i.test(fileName)) {
    upload.stream.resume();
    throw new AppError('IMPORT_FILE_INVALID');
  }
  const importId = newId();
  const key = importFileKey(importId);
  const sniffer = new Sniffer();
  // pipe() does not forward errors: a broken upload must fail the store, not hang it.
  upload.stream.once('error', (err) => sniffer.destroy(err));
  await deps.storage.put(key, upload.stream.pipe(sniffer));
  if (upload.truncated()) {
    await deps.storage.remove(key);
    throw new AppError('IMPORT_TOO_LARGE', { limit: '50 MB' });
  }
  if (!sniffer.head.equals(ZIP_MAGIC)) {
    await deps.storage.remove(key);
    throw new AppError('IMPORT_FILE_INVALID');
  }
  const { db } = deps.database;
  const sha256 = sniffer.hash.digest('hex');
  await db.transaction(async (tx) => {
    await insertImportBatch(tx, { id: importId, kind: PERSON_IMPORT_KIND, fileName, fileSha256: sha256, createdBy: ctx.actor.accountId });
    await recordAudit(tx, auditActor(ctx), {
      action: 'person_import.upload',
      entityType: 'import_batch',
      entityId: importId,
      after: { fileName, sha256 },
    });
  });
  const jobId = await deps.jobs.start('people.import.validate', ctx.actor.accountId, (progress) =>
    validateImport(db, ctx, { importId, path: deps.storage.localPath(key), progress }),
  );
  return { importId, jobId };
}
