import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { RosterFileError } from './roster-reader';
import type { RawRow } from './rules/roster-row';
import { readWithRetry } from './validate-import';

// The roster import reads a file again only when exceljs' streaming reader failed in its start-up race
// (a TypeError before any row); any other failure, or one after rows were read, is reported at once.

type Outcome = 'race' | 'damaged' | 'race-after-a-row' | 'ok';
const row = { rowNo: 2, raw: { name: '张三' } as RawRow };

function reader(script: Outcome[]) {
  let call = 0;
  const read = async function* (): AsyncGenerator<typeof row> {
    const outcome = script[call++] ?? 'ok';
    if (outcome === 'race') throw new RosterFileError('无法读取文件内容', { cause: new TypeError("reading 'sheets'") });
    if (outcome === 'damaged') throw new RosterFileError('无法读取文件内容', { cause: new Error('invalid signature') });
    yield row;
    if (outcome === 'race-after-a-row') throw new RosterFileError('无法读取文件内容', { cause: new TypeError('late') });
  };
  return { read, calls: () => call };
}

async function run(script: Outcome[], canReopen = true) {
  const r = reader(script);
  const rows: unknown[] = [];
  let error: unknown = null;
  try {
    for await (const x of readWithRetry(Readable.from([]), canReopen ? () => Readable.from([]) : undefined, r.read)) rows.push(x);
  } catch (e) {
    error = e;
  }
  return { rows: rows.length, reads: r.calls(), failed: error instanceof RosterFileError };
}

describe('readWithRetry', () => {
  it.each([
    { script: ['ok'], rows: 1, reads: 1, failed: false },
    { script: ['race', 'ok'], rows: 1, reads: 2, failed: false },
    { script: ['race', 'race', 'ok'], rows: 1, reads: 3, failed: false },
    { script: ['race', 'race', 'race'], rows: 0, reads: 3, failed: true },
    { script: ['damaged'], rows: 0, reads: 1, failed: true },
    { script: ['race-after-a-row'], rows: 1, reads: 1, failed: true },
  ] as { script: Outcome[]; rows: number; reads: number; failed: boolean }[])('$script → $reads reads', async ({ script, rows, reads, failed }) => {
    expect(await run(script)).toEqual({ rows, reads, failed });
  });

  it('does not read again when the file cannot be reopened', async () => {
    expect(await run(['race', 'ok'], false)).toEqual({ rows: 0, reads: 1, failed: true });
  });
});
