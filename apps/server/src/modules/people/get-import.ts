import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { getImportBatch, importErrors, PERSON_IMPORT_KIND, type ImportBatchRow } from './import.repository';
import type { ImportView } from './people-import.schemas';

export const MAX_LISTED_ERRORS = 200;

/** A batch is visible only to the account that uploaded it (others get 404, as for jobs). */
export async function ownImportBatch(ex: Executor, ctx: RequestContext, id: string): Promise<ImportBatchRow> {
  const batch = await getImportBatch(ex, id);
  if (!batch || batch.kind !== PERSON_IMPORT_KIND || batch.createdBy !== ctx.actor.accountId) throw notFound();
  return batch;
}

/** State, counts and the first 200 problems of a roster import (row 0 is the file as a whole). */
export async function getImport(ex: Executor, ctx: RequestContext, id: string): Promise<ImportView> {
  const b = await ownImportBatch(ex, ctx, id);
  const errors = await importErrors(ex, id, MAX_LISTED_ERRORS);
  return {
    id: b.id,
    state: b.state,
    fileName: b.fileName,
    totalRows: b.totalRows,
    invalidRows: b.invalidRows,
    errors: errors.map((e) => ({ rowNo: e.rowNo, field: e.field, message: e.message })),
    createdAt: b.createdAt,
    committedAt: b.committedAt,
  };
}
