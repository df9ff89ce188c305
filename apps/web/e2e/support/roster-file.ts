import { withCheckDigit } from '@zhibu/shared';
import ExcelJS from 'exceljs';

export type RosterPerson = { name: string; idNumber: string };

/** A valid ID number born 1990-03-07 (male: odd sequence digit), distinct per `n` (0–49). */
export function idNumberFor(n: number): string {
  return withCheckDigit(`11010119900307${String(500 + n * 2 + 1).padStart(3, '0')}`);
}

/** The same number with a wrong check character: the row must be rejected. */
export function badIdNumberFor(n: number): string {
  const good = idNumberFor(n);
  const wrong = good.endsWith('0') ? '1' : '0';
  return good.slice(0, 17) + wrong;
}

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return '';
}

/**
 * Fills the downloaded import template: every person is a copy of the template's own example row
 * (whose organisation codes are ones this user may fill), with its own name and ID number, no
 * phone. Reading the headers keeps the test independent of the column order.
 */
export async function fillTemplate(template: Buffer, people: RosterPerson[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const roster = wb.getWorksheet('人员名单');
  const example = wb.getWorksheet('示例（不导入）');
  if (!roster || !example) throw new Error('The template lacks the 人员名单 or 示例（不导入） sheet');
  const headers = (roster.getRow(1).values as ExcelJS.CellValue[]).map((v) =>
    text(v).replace(/\*/g, '').trim(),
  );
  const exampleHeaders = (example.getRow(1).values as ExcelJS.CellValue[]).map((v) =>
    text(v).replace(/\*/g, '').trim(),
  );
  const sample = example.getRow(2).values as ExcelJS.CellValue[];
  const column = (h: string) => headers.indexOf(h);
  people.forEach((p, i) => {
    const row = roster.getRow(i + 2);
    headers.forEach((h, c) => {
      if (!h) return;
      const fromExample = sample[exampleHeaders.indexOf(h)];
      row.getCell(c).value = fromExample === undefined ? null : fromExample;
    });
    row.getCell(column('姓名')).value = p.name;
    row.getCell(column('身份证号')).value = p.idNumber;
    if (column('手机号') > 0) row.getCell(column('手机号')).value = null;
    if (column('出生日期') > 0) row.getCell(column('出生日期')).value = '1990-03-07';
    if (column('性别') > 0) row.getCell(column('性别')).value = '男';
    row.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
