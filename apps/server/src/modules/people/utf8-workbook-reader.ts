import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

// exceljs 4.4's streaming reader decodes every chunk of the unzipped XML on its own
// (utils/parse-sax.js: bufferToString(chunk)), so a multi-byte UTF-8 character that straddles a chunk
// boundary turns into two U+FFFD. With Chinese text that happens every few thousand rows ("大学本��").
// The parser passes strings through untouched, so we hand it text decoded across chunk boundaries:
// entries as streams get setEncoding('utf8'), worksheet iterators go through a StringDecoder.

type Internals = {
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): unknown;
  _parseSharedStrings(entry: Readable): unknown;
  _parseWorkbook(entry: Readable): unknown;
  _parseRels(entry: Readable): unknown;
  _parseStyles(entry: Readable): unknown;
};

async function* decodeUtf8(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** exceljs' streaming WorkbookReader with correct decoding of multi-byte characters. */
export function utf8WorkbookReader(
  input: Readable,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
): ExcelJS.stream.xlsx.WorkbookReader {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, options);
  const r = reader as unknown as Internals;
  const parseWorksheet = r._parseWorksheet.bind(reader);
  r._parseWorksheet = (iterator, sheetNo) => parseWorksheet(decodeUtf8(iterator), sheetNo);
  const decodeEntry = (name: '_parseSharedStrings' | '_parseWorkbook' | '_parseRels' | '_parseStyles') => {
    const original = r[name].bind(reader);
    r[name] = (entry: Readable) => original(entry.setEncoding('utf8'));
  };
  decodeEntry('_parseSharedStrings');
  decodeEntry('_parseWorkbook');
  decodeEntry('_parseRels');
  decodeEntry('_parseStyles');
  return reader;
}
