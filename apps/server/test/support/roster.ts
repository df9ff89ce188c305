import ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, templateHeader, type RosterKey } from '../../src/modules/people/rules/roster-columns';

export type RosterLine = Partial<Record<RosterKey, unknown>>;

/** A roster workbook as users fill it: the template's headers in row 1, one person per row. */
export async function rosterXlsx(
  lines: RosterLine[],
  opts: { columns?: readonly RosterKey[]; sheet?: string } = {},
): Promise<Buffer> {
  const keys = opts.columns ?? ROSTER_COLUMNS.map((c) => c.key);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? '人员名单');
  ws.addRow(keys.map((k) => templateHeader(ROSTER_COLUMNS.find((c) => c.key === k)!)));
  for (const line of lines) {
    const row = ws.addRow(keys.map((k) => line[k] ?? null));
    keys.forEach((k, i) => {
      if (line[k] instanceof Date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A multipart/form-data body with one file part, built by hand as a browser would send it. */
/** A multipart body with plain `fields` and one file (none when `content` is null). */
export function multipartFile(
  content: Buffer | null,
  fileName: string,
  field = 'file',
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----zhibu${Math.random().toString(16).slice(2)}`;
  // Plain fields go first: the server reads them together with the file that follows.
  const plain = Object.entries(fields)
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  if (content === null) {
    return { payload: Buffer.from(`${plain}--${boundary}--\r\n`), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  }
  const head = Buffer.from(
    plain +
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Reads a downloaded workbook's sheet as arrays of cell values (row 1 = headers). */
export async function sheetRows(body: Buffer, sheet?: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw new Error(`no sheet ${sheet ?? '#1'}`);
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}
