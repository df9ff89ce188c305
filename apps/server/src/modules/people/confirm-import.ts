import type { RequestContext } from '../../platform/context';
import type { AppDeps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { commitImport } from './commit-import';
import { ownImportBatch } from './get-import';
import { transitionImport } from './import.repository';

/**
 * Confirms a validated roster import and starts the commit job. Refused while any row has errors
 * (422) and in any state but 'validated' (409); the state moves to 'committing' atomically, so a
 * double click starts one commit.
 */
export async function confirmImport(
  deps: Pick<AppDeps, 'database' | 'storage' | 'jobs'>,
  ctx: RequestContext,
  importId: string,
): Promise<{ jobId: string }> {
  const { db } = deps.database;
  const batch = await ownImportBatch(db, ctx, importId);
  if (batch.state === 'invalid' || batch.invalidRows > 0) {
    throw new AppError('IMPORT_HAS_ERRORS', { count: batch.invalidRows });
  }
  if (batch.state !== 'validated' || !(await transitionImport(db, importId, 'validated', 'committing'))) {
    throw new AppError('IMPORT_STATE_INVALID');
  }
  const jobId = await deps.jobs.start('people.import.commit', ctx.actor.accountId, (progress) =>
    commitImport(deps, ctx, importId, progress),
  );
  return { jobId };
}
