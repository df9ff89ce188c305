import {
  credentialColumnOfHeader,
  CREDENTIAL_COLUMNS,
  missingCredentialColumns,
  type CredentialColumnKey,
  type CredentialRow,
} from '@zhibu/shared';
import ExcelJS from 'exceljs';
import type { Bilingual } from './rules/types';

// Reads a credentials workbook: the first sheet that is not one of the template's help sheets, the
// header row within its first rows (columns found by header text, in any order), then each row as
// trimmed text per column, a real date cell as YYYY-MM-DD. Problems with the whole file are thrown.

export const CREDENTIAL_SHEET = '证书资格';
export const HELP_SHEETS = new Set(['填写说明', '示例（不导入）']);
const HEADER_SEARCH_ROWS = 10;
export const MAX_IMPORT_ROWS = 5000;

export class CredentialFileError extends Error {
  constructor(readonly detail: Bilingual) {
    super(detail.en);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as trimmed text, or null when blank. Formulas count by their cached result. */
export function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return cellText((o.richText as { text?: string }[]).map((r) => r.text ?? '').join(''));
    if ('result' in o) return cellText(o.result);
    if ('formula' in o || 'sharedFormula' in o) return null;
    if (typeof o.text === 'string') return cellText(o.text);
    if (typeof o.error === 'string') return o.error;
  }
  return null;
}

export type SheetRow = { rowNo: number; row: CredentialRow };

export async function readCredentialRows(file: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new CredentialFileError({ zh: '无法读取该文件，请使用系统提供的 .xlsx 模板', en: 'The file cannot be read; use the .xlsx template' });
  }
  const ws = wb.worksheets.find((w) => !HELP_SHEETS.has(w.name));
  if (!ws) throw new CredentialFileError({ zh: '文件中没有可导入的工作表', en: 'The workbook has no sheet to import' });

  let columns: [number, CredentialColumnKey][] | null = null;
  const out: SheetRow[] = [];
  for (let n = 1; n <= ws.rowCount; n++) {
    const values = ws.getRow(n).values as unknown[];
    if (!columns) {
      const found: [number, CredentialColumnKey][] = [];
      const seen = new Set<CredentialColumnKey>();
      values.forEach((v, col) => {
        const text = cellText(v);
        const key = text ? credentialColumnOfHeader(text) : undefined;
        if (key && !seen.has(key)) {
          seen.add(key);
          found.push([col, key]);
        }
      });
      if (seen.has('personName') || seen.size >= 3) {
        const missing = missingCredentialColumns(found.map(([, k]) => CREDENTIAL_COLUMNS.find((c) => c.key === k)!.header));
        if (missing.length > 0) {
          const headers = missing.map((k) => CREDENTIAL_COLUMNS.find((c) => c.key === k)!.header).join('、');
          throw new CredentialFileError({ zh: `缺少必填列：${headers}`, en: `Required columns missing: ${headers}` });
        }
        columns = found;
      } else if (n >= HEADER_SEARCH_ROWS) {
        break;
      }
      continue;
    }
    const row: CredentialRow = {};
    let blank = true;
    for (const [col, key] of columns) {
      const text = cellText(values[col]);
      row[key] = text;
      if (text) blank = false;
    }
    if (blank) continue;
    out.push({ rowNo: n, row });
    if (out.length > MAX_IMPORT_ROWS) {
      throw new CredentialFileError({
        zh: `一次最多导入 ${MAX_IMPORT_ROWS} 行，请分批导入`,
        en: `At most ${MAX_IMPORT_ROWS} rows per file; split the file`,
      });
    }
  }
  if (!columns) {
    throw new CredentialFileError({ zh: '未找到表头行（应包含“姓名”“身份证号”等列）', en: 'No header row found (姓名, 身份证号, ...)' });
  }
  if (out.length === 0) throw new CredentialFileError({ zh: '文件中没有数据行', en: 'The file has no rows' });
  return out;
}
