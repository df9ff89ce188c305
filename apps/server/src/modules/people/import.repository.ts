import { sql, type SQL } from 'drizzle-orm';
import { one, rows, type Executor } from '../../platform/db';
import type { RowError, StagedPerson } from './rules/roster-row';

// SQL of roster import batches and their staged rows (import_batch, import_row). Row 0 of a batch
// holds problems with the whole file (unreadable, missing columns, commit failure).

export type ImportState = 'validating' | 'validated' | 'invalid' | 'committing' | 'committed' | 'failed';

export type ImportBatchRow = {
  id: string;
  kind: string;
  fileName: string;
  state: ImportState;
  totalRows: number;
  invalidRows: number;
  createdBy: string;
  createdAt: string;
  committedAt: string | null;
};

export const PERSON_IMPORT_KIND = 'person';

// ISO 8601 in UTC from SQL: drizzle's node-postgres driver hands timestamptz over as PostgreSQL's
// text ("2026-11-21 23:51:21.452+00") whatever parsers the pool has, PGlite as ISO; this is the same on both.
const iso = (col: SQL) => sql`to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export async function insertImportBatch(
  ex: Executor,
  b: { id: string; kind: string; fileName: string; fileSha256: string; createdBy: string },
): Promise<void> {
  await ex.execute(sql`INSERT INTO import_batch (id, kind, file_name, file_sha256, state, created_by)
    VALUES (${b.id}, ${b.kind}, ${b.fileName}, ${b.fileSha256}, 'validating', ${b.createdBy})`);
}

export async function getImportBatch(ex: Executor, id: string, opts: { forUpdate?: boolean } = {}) {
  return one<ImportBatchRow>(
    ex,
    sql`SELECT id, kind, file_name AS "fileName", state, total_rows AS "totalRows", invalid_rows AS "invalidRows",
               created_by AS "createdBy", ${iso(sql`created_at`)} AS "createdAt",
               ${iso(sql`committed_at`)} AS "committedAt"
        FROM import_batch WHERE id = ${id} ${opts.forUpdate ? sql`FOR UPDATE` : sql``}`,
  );
}

export async function setImportState(
  ex: Executor,
  id: string,
  state: ImportState,
  counts?: { totalRows?: number; invalidRows?: number },
): Promise<void> {
  await ex.execute(sql`UPDATE import_batch SET state = ${state},
      total_rows = COALESCE(${counts?.totalRows ?? null}::int, total_rows),
      invalid_rows = COALESCE(${counts?.invalidRows ?? null}::int, invalid_rows),
      committed_at = CASE WHEN ${state} = 'committed' THEN now() ELSE committed_at END
    WHERE id = ${id}`);
}

/** Moves a batch from one state to another only if it is still in the first (a second confirm loses). */
export async function transitionImport(ex: Executor, id: string, from: ImportState, to: ImportState): Promise<boolean> {
  const r = await rows<{ id: string }>(
    ex,
    sql`UPDATE import_batch SET state = ${to} WHERE id = ${id} AND state = ${from} RETURNING id`,
  );
  return r.length === 1;
}

export type StagedRow = { rowNo: number; person: StagedPerson; errors: RowError[] };

/** One multi-row INSERT per chunk: the chunk travels as a single jsonb parameter. */
export async function stageRows(ex: Executor, batchId: string, chunk: readonly StagedRow[]): Promise<void> {
  if (chunk.length === 0) return;
  const payload = JSON.stringify(chunk.map((r) => [r.rowNo, r.person, r.errors]));
  await ex.execute(sql`INSERT INTO import_row (batch_id, row_no, data, errors)
    SELECT ${batchId}::uuid, (x->>0)::int, x->1, x->2 FROM jsonb_array_elements(${payload}::jsonb) x`);
}

/** Records a problem with the whole file as row 0 (replacing an earlier one). */
export async function putFileError(ex: Executor, batchId: string, message: string): Promise<void> {
  const errors = JSON.stringify([{ field: 'file', value: null, message } satisfies RowError]);
  await ex.execute(sql`DELETE FROM import_row WHERE batch_id = ${batchId} AND row_no = 0`);
  await ex.execute(sql`INSERT INTO import_row (batch_id, row_no, data, errors)
    VALUES (${batchId}, 0, '{}'::jsonb, ${errors}::jsonb)`);
}

export async function countImportRows(ex: Executor, batchId: string): Promise<{ total: number; invalid: number }> {
  const r = await one<{ total: number; invalid: number }>(
    ex,
    sql`SELECT count(*) FILTER (WHERE row_no > 0)::int AS total,
               count(*) FILTER (WHERE errors <> '[]'::jsonb)::int AS invalid
        FROM import_row WHERE batch_id = ${batchId}`,
  );
  return r ?? { total: 0, invalid: 0 };
}

export type ImportErrorRow = { rowNo: number; field: string; value: string | null; message: string };

/** The first `limit` errors in row order. */
export async function importErrors(ex: Executor, batchId: string, limit: number): Promise<ImportErrorRow[]> {
  return (await importErrorPage(ex, batchId, -1, limit)).slice(0, limit);
}

/** Rows with errors, page by page (one page holds whole rows, so a row's errors are never split). */
export async function importErrorPage(
  ex: Executor,
  batchId: string,
  afterRow: number,
  rowLimit: number,
): Promise<ImportErrorRow[]> {
  return rows<ImportErrorRow>(
    ex,
    sql`SELECT r.row_no AS "rowNo", e.v->>'field' AS field, e.v->>'value' AS value, e.v->>'message' AS message
        FROM (SELECT row_no, errors FROM import_row
              WHERE batch_id = ${batchId} AND row_no > ${afterRow} AND errors <> '[]'::jsonb
              ORDER BY row_no LIMIT ${rowLimit}) r
        CROSS JOIN LATERAL jsonb_array_elements(r.errors) WITH ORDINALITY AS e(v, n)
        ORDER BY r.row_no, e.n`,
  );
}

/** After a commit the staged copy of the personal data is no longer needed. */
export async function deleteStagedRows(ex: Executor, batchId: string): Promise<void> {
  await ex.execute(sql`DELETE FROM import_row WHERE batch_id = ${batchId}`);
}

export type CodeListRow = { code: string; name: string; type: string; parentCode: string | null; unitCode: string | null };

/** Organisations the actor may place people in (plus their Party groups), in tree order. */
export async function writableOrgCodes(ex: Executor, scope: SQL): Promise<CodeListRow[]> {
  return rows<CodeListRow>(
    ex,
    sql`SELECT o.code, o.name, o.type, p.code AS "parentCode", bu.code AS "unitCode"
        FROM org_node o LEFT JOIN org_node p ON p.id = o.parent_id LEFT JOIN business_unit bu ON bu.id = o.business_unit_id
        WHERE o.dissolved_at IS NULL AND ${scope} ORDER BY o.path`,
  );
}

/** Active business units (enterprise-wide reference data). */
export async function businessUnitCodes(ex: Executor): Promise<CodeListRow[]> {
  return rows<CodeListRow>(
    ex,
    sql`SELECT u.code, u.name, u.type, p.code AS "parentCode", NULL AS "unitCode"
        FROM business_unit u LEFT JOIN business_unit p ON p.id = u.parent_id
        WHERE u.active ORDER BY u.path`,
  );
}
