import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Cells that start with = + - @ (or a tab / carriage return) would run as formulas in Excel: prefix them
 * with an apostrophe so they stay text (OWASP "CSV injection").
 */
export function escapeCell(v: unknown): unknown {
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(v)) return `'${v}`;
  return v;
}

export type SheetSpec = {
  sheet: string;
  columns: { header: string; width?: number }[];
  rows: AsyncIterable<unknown[]> | Iterable<unknown[]>;
};

/** Writes one sheet with a bold header row to a stream; memory stays flat whatever the row count. */
export async function writeWorkbook(out: Writable, spec: SheetSpec): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(spec.sheet);
  ws.columns = spec.columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  for await (const r of spec.rows as AsyncIterable<unknown[]>) ws.addRow(r.map(escapeCell)).commit();
  ws.commit();
  await wb.commit();
}

export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Streams a workbook as the HTTP response. */
export function sendWorkbook(reply: FastifyReply, filename: string, spec: SheetSpec): FastifyReply {
  const stream = new PassThrough();
  reply.header('content-type', XLSX_MIME).header('content-disposition', contentDisposition(filename));
  writeWorkbook(stream, spec).catch((err: unknown) => {
    reply.log.error({ err }, 'workbook export failed');
    stream.destroy(err as Error);
  });
  return reply.send(stream);
}
