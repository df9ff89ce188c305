import { cellText } from './rules/roster-cells';
import { keyOfHeader, ROSTER_COLUMNS, type RosterKey } from './rules/roster-columns';
import { FILE_MESSAGES } from './rules/import-messages';
import type { RawRow } from './rules/roster-row';
import { workbookSheets, type SheetReader } from './workbook-sheets';

/** A problem with the whole file, reported as row 0 of the batch. */
export class RosterFileError extends Error {}

/** Sheets of our template that hold help, examples or code lists, never rows to import. */
export const AUXILIARY_SHEETS = new Set(['填写说明', '示例（不导入）', '组织编码', '单位编码']);

const HEADER_SEARCH_ROWS = 10;

/**
 * Streams the rows of the roster sheet (the first sheet that is not one of the template's help
 * sheets) of the .xlsx file at `path`, so memory does not grow with the number of rows. Columns
 * are found by their header text, in any order; the header row may sit below a few title rows.
 * Yields the Excel row number with the cells by column key. Throws RosterFileError for file problems.
 */
export async function* readRosterRows(path: string): AsyncGenerator<{ rowNo: number; raw: RawRow }> {
  const sheets = workbookSheets(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell date cells from numbers; the styles part is small.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let found = false;
  try {
    for await (const ws of sheets) {
      if (ws.name && AUXILIARY_SHEETS.has(ws.name)) continue;
      found = true;
      yield* readSheet(ws);
      break;
    }
  } catch (err) {
    if (err instanceof RosterFileError) throw err;
    // unzip and XML errors: a damaged file, or not a workbook at all
    throw new RosterFileError(FILE_MESSAGES.unreadable, { cause: err });
  }
  if (!found) throw new RosterFileError(FILE_MESSAGES.noSheet);
}

async function* readSheet(ws: SheetReader): AsyncGenerator<{ rowNo: number; raw: RawRow }> {
  let columns: [number, RosterKey][] | null = null;
  for await (const row of ws) {
    const values = row.values as unknown[];
    if (!columns) {
      columns = headerColumns(values);
      if (!columns) {
        if (row.number >= HEADER_SEARCH_ROWS) throw new RosterFileError(FILE_MESSAGES.noHeader);
        continue;
      }
      const present = new Set(columns.map(([, k]) => k));
      const missing = ROSTER_COLUMNS.filter((c) => c.required && !present.has(c.key)).map((c) => c.header);
      if (missing.length > 0) throw new RosterFileError(FILE_MESSAGES.missingColumns.replace('{columns}', missing.join('、')));
      continue;
    }
    const raw: RawRow = {};
    for (const [col, key] of columns) raw[key] = values[col];
    yield { rowNo: row.number, raw };
  }
  if (!columns) throw new RosterFileError(FILE_MESSAGES.noHeader);
}

/** The roster columns of a header row, or null if this row is not the header (no 姓名 cell). */
function headerColumns(values: unknown[]): [number, RosterKey][] | null {
  const columns: [number, RosterKey][] = [];
  const seen = new Set<RosterKey>();
  values.forEach((v, col) => {
    const text = cellText(v);
    const key = text ? keyOfHeader(text) : undefined;
    if (key && !seen.has(key)) {
      seen.add(key);
      columns.push([col, key]);
    }
  });
  return seen.has('name') ? columns : null;
}
