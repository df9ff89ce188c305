import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, templateHeader } from '../../apps/server/src/modules/people/rules/roster-columns';
import type { StagedPerson } from '../../apps/server/src/modules/people/rules/roster-row';
import { rosterLine } from './synthetic-people';

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Writes a roster workbook with exceljs' streaming writer (flat memory). Every fourth row carries its
 * dates as real Excel date cells, the others as YYYY-MM-DD text, as files from the field mix both.
 * `sharedStrings` writes text the way Excel does (one shared-string table for the whole file).
 */
export async function writeRosterFile(
  file: string,
  people: Iterable<StagedPerson>,
  opts: { sharedStrings?: boolean } = {},
): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: createWriteStream(file),
    useStyles: true,
    useSharedStrings: opts.sharedStrings ?? false,
  });
  const ws = wb.addWorksheet('人员名单');
  ws.columns = ROSTER_COLUMNS.map((c) => ({ header: templateHeader(c), key: c.key, width: c.width }));
  ws.getRow(1).commit();
  let n = 0;
  for (const p of people) {
    const line = rosterLine(p);
    const realDates = n % 4 === 0;
    const row = ws.addRow(
      ROSTER_COLUMNS.map((c) => {
        const v = line[c.key];
        return realDates && c.kind === 'date' && v ? asDate(v) : v;
      }),
    );
    if (realDates) ROSTER_COLUMNS.forEach((c, i) => c.kind === 'date' && (row.getCell(i + 1).numFmt = 'yyyy-mm-dd'));
    row.commit();
    n++;
  }
  ws.commit();
  await wb.commit();
  return n;
}
