import type { Readable } from 'node:stream';
import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import type { JobProgress } from '../../platform/jobs';
import { runImportChecks } from './import-checks';
import { countImportRows, putFileError, setImportState, stageRows, type StagedRow } from './import.repository';
import { readRosterRows, RosterFileError } from './roster-reader';
import { FILE_MESSAGES } from './rules/import-messages';
import { isBlankRow, parseRosterRow, type RawRow } from './rules/roster-row';

const STAGE_CHUNK = 1000;

export type ValidateResult = {
  state: 'validated' | 'invalid';
  totalRows: number;
  invalidRows: number;
  /** Reading, row rules and staging; then the set-wise checks. */
  ms: { read: number; checks: number };
};

/**
 * The validation job of a roster import: streams the workbook row by row, checks each row with the
 * pure row rules, stages rows into import_row in chunks (one multi-row INSERT each), then runs the
 * set-wise checks over the staged rows. Ends in 'validated' or 'invalid'; an unexpected failure
 * leaves the batch 'failed' with the reason as a file-level error.
 */
/** How often a file that failed in the workbook reader's start-up race is read again. */
const RACE_RETRIES = 2;

/**
 * The rows of the file. exceljs' streaming reader (4.4) now and then starts on a worksheet before it
 * has read the workbook's sheet list and fails with a TypeError (exceljs issue 3064; seen in our
 * browser runs under load as "无法读取文件内容" on a good file). That happens before any row, so the
 * file is simply read again; a damaged file fails every time and is reported as before.
 */
export async function* readWithRetry(
  first: Readable,
  reopen?: () => Readable,
  read: (input: Readable) => AsyncIterable<{ rowNo: number; raw: RawRow }> = readRosterRows,
): AsyncGenerator<{ rowNo: number; raw: RawRow }> {
  let input = first;
  for (let attempt = 0; ; attempt++) {
    let yielded = false;
    try {
      for await (const row of read(input)) {
        yielded = true;
        yield row;
      }
      return;
    } catch (err) {
      const race = err instanceof RosterFileError && err.cause instanceof TypeError;
      if (!race || yielded || !reopen || attempt >= RACE_RETRIES) throw err;
      input = reopen();
    }
  }
}

export async function validateImport(
  db: Db,
  ctx: RequestContext,
  input: { importId: string; file: Readable; progress?: JobProgress; reopen?: () => Readable },
): Promise<ValidateResult> {
  const { importId, progress } = input;
  const today = todayIn(ctx.timeZone);
  const t0 = performance.now();
  try {
    let chunk: StagedRow[] = [];
    let done = 0;
    try {
      for await (const { rowNo, raw } of readWithRetry(input.file, input.reopen)) {
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
