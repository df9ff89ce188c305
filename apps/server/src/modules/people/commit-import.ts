import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { AppDeps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import type { JobProgress } from '../../platform/jobs';
import { runImportChecks } from './import-checks';
import { countImportRows, deleteStagedRows, getImportBatch, putFileError, setImportState } from './import.repository';
import { FILE_MESSAGES } from './rules/import-messages';
import { importFileKey } from './start-import';
import { writeStagedPeople } from './write-staged-people';

export type CommitResult = {
  state: 'committed';
  people: number;
  ms: { checks: number; write: number; audit: number; cleanup: number };
};

/** PostgreSQL's unique_violation, whether the driver error comes bare or wrapped by drizzle. */
function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

/**
 * The commit job of a roster import: all or nothing in one transaction. The set-wise checks run
 * again first (someone may have registered one of the ID numbers, or the importer's scope may have
 * changed, since the validation); if they find problems the batch goes back to 'invalid' with them
 * and nothing is written. Otherwise the people are written set-based with their membership periods,
 * history and audit entries. Any failure rolls everything back and leaves the batch 'failed' with
 * the reason. The staged copy of the data and the uploaded file are removed after a commit.
 */
export async function commitImport(
  deps: Pick<AppDeps, 'database' | 'storage'>,
  ctx: RequestContext,
  importId: string,
  progress?: JobProgress,
): Promise<CommitResult> {
  const { db } = deps.database;
  const who = auditActor(ctx);
  let outcome: { state: 'invalid'; invalidRows: number } | CommitResult;
  try {
    outcome = await db.transaction(async (tx) => {
      const batch = await getImportBatch(tx, importId, { forUpdate: true });
      if (!batch || batch.state !== 'committing') throw new AppError('IMPORT_STATE_INVALID');
      const t0 = performance.now();
      await runImportChecks(tx, ctx.actor, importId);
      const { invalid } = await countImportRows(tx, importId);
      if (invalid > 0) {
        await setImportState(tx, importId, 'invalid', { invalidRows: invalid });
        return { state: 'invalid' as const, invalidRows: invalid };
      }
      const checks = performance.now() - t0;
      const stats = await writeStagedPeople(tx, who, importId, {
        today: todayIn(ctx.timeZone),
        note: `批量导入：${batch.fileName}`,
        onProgress: progress,
      });
      await recordAudit(tx, who, {
        action: 'person_import.commit',
        entityType: 'import_batch',
        entityId: importId,
        after: { fileName: batch.fileName, people: stats.people },
      });
      await setImportState(tx, importId, 'committed');
      return {
        state: 'committed' as const,
        people: stats.people,
        ms: { checks, write: stats.writeMs, audit: stats.auditMs, cleanup: 0 },
      };
    });
  } catch (err) {
    // Not ours to commit (anymore): leave the batch as it is.
    if (err instanceof AppError && err.code === 'IMPORT_STATE_INVALID') throw err;
    const duplicate = isUniqueViolation(err);
    await db
      .transaction(async (tx) => {
        await putFileError(tx, importId, duplicate ? FILE_MESSAGES.commitDuplicate : FILE_MESSAGES.commitFailed);
        await setImportState(tx, importId, 'failed');
      })
      .catch(() => undefined);
    // Expected refusals keep their code; a duplicate that slipped past the re-check (a concurrent
    // insert) is explained to the user; anything else is logged by the job runner as it is.
    if (err instanceof AppError) throw err;
    if (duplicate) throw new AppError('IMPORT_COMMIT_FAILED');
    throw err;
  }
  if (outcome.state === 'invalid') throw new AppError('IMPORT_HAS_ERRORS', { count: outcome.invalidRows });
  const t = performance.now();
  await deleteStagedRows(db, importId);
  await deps.storage.remove(importFileKey(importId));
  outcome.ms.cleanup = performance.now() - t;
  return outcome;
}
