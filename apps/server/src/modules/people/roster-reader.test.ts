import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readRosterRows, RosterFileError } from './roster-reader';
import { ROSTER_COLUMNS, templateHeader } from './rules/roster-columns';

// Reads workbooks written in memory; no database.

async function streamedWorkbook(rows: unknown[][], sharedStrings: boolean, headerRow = 1): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: sharedStrings });
  const ws = wb.addWorksheet('人员名单');
  for (let i = 1; i < headerRow; i++) ws.addRow(['人员信息导入']).commit();
  ws.addRow(ROSTER_COLUMNS.map(templateHeader)).commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

async function readAll(file: Buffer) {
  const out: { rowNo: number; name: unknown; education: unknown }[] = [];
  for await (const { rowNo, raw } of readRosterRows(Readable.from([file]))) out.push({ rowNo, name: raw.name, education: raw.education });
  return out;
}

describe('readRosterRows', () => {
  it.each([false, true])('keeps Chinese text intact across stream chunks (shared strings: %s)', async (shared) => {
    // Enough multi-byte text that characters straddle the boundaries of the unzipped chunks.
    const rows = Array.from({ length: 6000 }, (_, i) => {
      const r: unknown[] = ROSTER_COLUMNS.map(() => null);
      r[0] = `欧阳${'伟强磊军'[i % 4]}${i}`;
      r[6] = '大学本科';
      return r;
    });
    const got = await readAll(await streamedWorkbook(rows, shared));
    expect(got).toHaveLength(6000);
    const broken = got.filter((r, i) => r.name !== `欧阳${'伟强磊军'[i % 4]}${i}` || r.education !== '大学本科');
    expect(broken).toEqual([]);
    expect(got[0]!.rowNo).toBe(2);
  });

  it('finds the header below title rows and columns in any order', async () => {
    const file = await streamedWorkbook([['张三', '男']], false, 3);
    const got = await readAll(file);
    expect(got).toEqual([{ rowNo: 4, name: '张三', education: undefined }]);
  });

  it('rejects what is not a workbook', async () => {
    await expect(readAll(Buffer.from('PK\u0003\u0004 but no zip'))).rejects.toBeInstanceOf(RosterFileError);
  });
});
