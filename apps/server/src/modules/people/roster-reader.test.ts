import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTemplate } from './import-template';
import { readRosterRows, RosterFileError } from './roster-reader';
import { ROSTER_COLUMNS, templateHeader } from './rules/roster-columns';

// Reads workbooks written to a temporary directory; no database.

const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-roster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function onDisk(file: Buffer): string {
  const p = path.join(dir, `${files++}.xlsx`);
  writeFileSync(p, file);
  return p;
}

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
  for await (const { rowNo, raw } of readRosterRows(onDisk(file))) out.push({ rowNo, name: raw.name, education: raw.education });
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

  it('reads every part of a template-shaped workbook, however many reads run at once', async () => {
    // Our own template, filled in by a spreadsheet program: help sheets after the roster, comments,
    // shared strings and the workbook part at the end of the archive. Walking the archive front to
    // back lost those trailing parts now and then (a TypeError, a sheet without its name, cells without
    // their strings), about 1 read in 20 with four at once; every read must give the same rows.
    const template = new PassThrough();
    const parts: Buffer[] = [];
    template.on('data', (c: Buffer) => parts.push(c));
    await Promise.all([writeTemplate(template, { orgs: [], units: [] }), finished(template)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
    wb.getWorksheet('人员名单')!.addRows([['张三'], ['李四']]);
    const file = onDisk(Buffer.from(await wb.xlsx.writeBuffer()));
    const read = async () => {
      const names: unknown[] = [];
      for await (const { raw } of readRosterRows(file)) names.push(raw.name);
      return names.join(',');
    };
    const outcomes = new Map<string, number>();
    for (let i = 0; i < 40; i++) {
      for (const r of await Promise.allSettled([read(), read(), read(), read()])) {
        const key = r.status === 'fulfilled' ? r.value : String(r.reason);
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }
    }
    expect([...outcomes]).toEqual([['张三,李四', 160]]);
  });

  it('reads the roster sheet wherever it sits among the help sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('填写说明').addRow(['姓名', '填写真实姓名']);
    wb.addWorksheet('示例（不导入）').addRows([ROSTER_COLUMNS.map(templateHeader), ['示例人']]);
    wb.addWorksheet('人员名单').addRows([ROSTER_COLUMNS.map(templateHeader), ['王五']]);
    const got = await readAll(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(got).toEqual([{ rowNo: 2, name: '王五', education: undefined }]);
  });

  it('rejects what is not a workbook', async () => {
    await expect(readAll(Buffer.from('PK\u0003\u0004 but no zip'))).rejects.toBeInstanceOf(RosterFileError);
  });
});
