import { isValidIsoDate } from '@zhibu/shared';

// What a spreadsheet cell can hold, as exceljs reads it: text, numbers, booleans, dates (cells with
// a date format), rich text, formulas with their cached result, hyperlinks and errors.

/** The cell as trimmed text, or null when blank. Formulas count by their cached result. */
export function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
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

/** The value a formula cell stands for (its cached result); other cells are returned as they are. */
export function cellValue(v: unknown): unknown {
  if (v && typeof v === 'object' && !(v instanceof Date) && 'result' in v) return (v).result;
  return v;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel's day count (1900 system; 25569 is 1970-01-01) to an ISO date. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const d = new Date(Math.round((Math.floor(serial) - 25569) * 86400000));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A date cell as YYYY-MM-DD. Accepts real Excel dates (exceljs gives a Date at UTC midnight, or the
 * bare day number when the file's styles are not at hand) and text as 2021-07-01, 2021/7/1 or 2021.7.1.
 * Returns undefined when the cell is blank and null when it holds something that is not a date.
 */
export function cellDate(raw: unknown): string | null | undefined {
  const v = cellValue(raw);
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const iso = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    return isValidIsoDate(iso) ? iso : null;
  }
  if (typeof v === 'number') {
    const iso = excelSerialToIso(v);
    return iso && isValidIsoDate(iso) ? iso : null;
  }
  const text = cellText(v);
  if (text === null) return undefined;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return isValidIsoDate(iso) ? iso : null;
}
