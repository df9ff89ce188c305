import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';

// Why not exceljs' own streaming WorkbookReader: it walks the zip front to back with unzipper's
// Parse, which announces the end of the archive as soon as the last input chunk is consumed, not when
// the last entry is handed out. Timing decides whether the trailing entries (where exceljs puts
// sharedStrings.xml and workbook.xml) are seen at all: about 1 read in 12 with four reads at once lost
// them here, which showed as a TypeError, a sheet without its name or cells without their shared
// strings. Worksheets met before the shared strings also went through temporary files whose clean-up
// could fail unhandled.
//
// Here the archive is opened through its central directory, so every part is read when it is needed:
// relationships, workbook, shared strings and styles first, then each sheet in workbook order, streamed
// row by row with exceljs' sheet parser (memory stays flat whatever the row count). The exceljs parts
// used are the reader's part parsers, the same ones its own reader calls.

type Parsers = {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Iterable<{ value: SheetReader }>;
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
};

export type SheetReader = AsyncIterable<ExcelJS.Row> & { name?: string; state?: string };

type Entry = { path: string; stream(): Readable };

/** The workbook's parts could not be found: not an .xlsx written by a spreadsheet program. */
export class NotAWorkbookError extends Error {}

/**
 * exceljs decodes each chunk of XML on its own, so a multi-byte character that straddles a chunk
 * boundary became two U+FFFD ("大学本��" every few thousand rows). Sheets go through a StringDecoder,
 * the other parts are read as text.
 */
async function* decodeUtf8(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

const text = (e: Entry) => e.stream().setEncoding('utf8');

/** A relationship target ("worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml") as an archive path. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/**
 * The worksheets of the .xlsx file at `path`, in workbook order, each with its name; a sheet's rows
 * are read only when the caller iterates it, and a sheet the caller skips is never read.
 */
export async function* workbookSheets(
  path: string,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
): AsyncGenerator<SheetReader> {
  const directory = await unzipper.Open.file(path);
  const entries = new Map<string, Entry>(directory.files.map((f: Entry) => [f.path, f]));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, options) as unknown as Parsers;

  const rels = entries.get('xl/_rels/workbook.xml.rels');
  const book = entries.get('xl/workbook.xml');
  if (!rels || !book) throw new NotAWorkbookError('workbook parts missing');
  await reader._parseRels(text(rels));
  await reader._parseWorkbook(text(book));
  const strings = entries.get('xl/sharedStrings.xml');
  if (strings) for await (const _ of reader._parseSharedStrings(text(strings)));
  const styles = entries.get('xl/styles.xml');
  if (styles) await reader._parseStyles(text(styles));

  for (const sheet of reader.model?.sheets ?? []) {
    const target = reader.workbookRels?.find((r) => r.Id === sheet.rId)?.Target;
    const entry = target && entries.get(partPath(target));
    const sheetNo = target?.match(/sheet(\d+)\.xml$/)?.[1];
    if (!entry || !sheetNo) continue;
    const stream = entry.stream();
    try {
      for (const { value } of reader._parseWorksheet(decodeUtf8(stream), sheetNo)) {
        value.name = sheet.name;
        value.state = sheet.state;
        yield value;
      }
    } finally {
      stream.destroy();
    }
  }
}
