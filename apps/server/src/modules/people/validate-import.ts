import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import type { JobProgress } from '../../platform/jobs';
import { runImportChecks } from './import-checks';
import { countImportRows, putFileError, setImportState, stageRows, type StagedRow } from './import.repository';
import { readRosterRows, RosterFileError } from './roster-reader';
import { FILE_MESSAGES } from './rules/import-messages';
import { isBlankRow, parseRosterRow } from './rules/roster-row';

const STAGE_CHUNK = 1000;

export type ValidateResult = {
  state: 'validated' | 'invalid';
  totalRows: number;
  invalidRows: number;
  /** Reading, row rules and staging; then the set-wise checks. */
  ms: { read: number; checks: number };
};

/**
 * The validation job of a roster import: streams the workbook at `path` row by row, checks each row with the
 * pure row rules, stages rows into import_row in chunks (one multi-row INSERT each), then runs the
 * set-wise checks over the staged rows. Ends in 'validated' or 'invalid'; an unexpected failure
 * leaves the batch 'failed' with the reason as a file-level error.
 */
export async function validateImport(
  db: Db,
  ctx: RequestContext,
  input: { importId: string; path: string; progress?: JobProgress },
): Promise<ValidateResult> {
  const { importId, progress } = input;
  const today = todayIn(ctx.timeZone);
  const t0 = performance.now();
  try {
    let chunk: StagedRow[] = [];
    let done = 0;
    try {
      for await (const { rowNo, raw } of readRosterRows(input.path)) {
        if (isBlankRow(raw)) continue;
        const { person, errors } = parseRosterRow(raw, today);
        chunk.push({ rowNo, person, errors });
        if (chunk.length >= STAGE_CHUNK) {
          await stageRows(db, importId, chunk);
          done += chunk.length;
          chunk = [];
          // The row count is unknown until the end of the stream: total stays 0 meanwhile.
          progress?.(done, 0);
        }
      }
      await stageRows(db, importId, chunk);
      done += chunk.length;
      if (done === 0) throw new RosterFileError(FILE_MESSAGES.noRows);
    } catch (err) {
      if (!(err instanceof RosterFileError)) throw err;
      await putFileError(db, importId, err.message);
    }
    progress?.(done, done);
    const t1 = performance.now();
    await runImportChecks(db, ctx.actor, importId);
    const { total, invalid } = await countImportRows(db, importId);
    const state = invalid > 0 ? 'invalid' : 'validated';
    await setImportState(db, importId, state, { totalRows: total, invalidRows: invalid });
    return { state, totalRows: total, invalidRows: invalid, ms: { read: t1 - t0, checks: performance.now() - t1 } };
  } catch (err) {
    await putFileError(db, importId, FILE_MESSAGES.validateFailed).catch(() => undefined);
    await setImportState(db, importId, 'failed').catch(() => undefined);
    throw err;
  }
}
