import { describe, expect, it } from 'vitest';
import { applyCaps } from './apply-caps';
import { derivePointEntries } from './derive-entries';
import { meeting, ruleSet } from './fixtures';
import { reconcileSource } from './reconcile-source';
import type {
  ActivePointEntry,
  LedgerAppend,
  PointEntryDraft,
  PointLedgerEntry,
  PointSourceEvent,
} from './types';

const RULES = ruleSet();

/** Writes a reconciliation the way the use case does: ids for the new rows, reversals marked. */
function book(ledger: (LedgerAppend & { id: string })[], append: LedgerAppend[]) {
  for (const row of append) ledger.push({ ...row, id: `r${ledger.length + 1}` });
}

function active(ledger: readonly (LedgerAppend & { id: string })[]): ActivePointEntry[] {
  const reversed = new Set(ledger.map((r) => r.reversesEntryId).filter((id): id is string => id !== null));
  return ledger
    .filter((r) => r.reversesEntryId === null && !reversed.has(r.id))
    .map(({ reversesEntryId: _r, ...e }) => e);
}

/** Ledger as [person, rule, points, reverses?] for short expectations. */
const shape = (rows: readonly LedgerAppend[]) =>
  rows.map((r) => [r.personId, r.ruleCode, r.points, r.reversesEntryId]);

const hours = (personHours: Record<string, number>): PointSourceEvent => ({
  kind: 'volunteer.hours',
  sourceType: 'volunteer_record',
  sourceId: 'v1',
  occurredOn: '2025-06-01',
  people: Object.entries(personHours).map(([personId, units]) => ({ personId, units })),
});

describe('reconcileSource: what a change to a record appends', () => {
  const existing: ActivePointEntry[] = derivePointEntries(
    RULES,
    meeting('m1', '2025-03-10', ['p1', 'p2']),
  ).map((e, i) => ({ ...e, id: `a${i + 1}` }));

  it.each<[string, PointSourceEvent[], (string | number | null)[][], string[], string[]]>([
    [
      're-deriving an unchanged meeting appends nothing',
      [meeting('m1', '2025-03-10', ['p1', 'p2'])],
      [],
      [],
      ['a1', 'a2'],
    ],
    [
      'the same people in another order appends nothing',
      [meeting('m1', '2025-03-10', ['p2', 'p1'])],
      [],
      [],
      ['a1', 'a2'],
    ],
    [
      'removing an attendee reverses their entry',
      [meeting('m1', '2025-03-10', ['p1'])],
      [['p2', 'O1', -3, 'a2']],
      ['a2'],
      ['a1'],
    ],
    [
      'adding an attendee books a new entry',
      [meeting('m1', '2025-03-10', ['p1', 'p2', 'p3'])],
      [['p3', 'O1', 3, null]],
      [],
      ['a1', 'a2'],
    ],
    [
      'moving the meeting to another day rebooks everyone on the new day',
      [meeting('m1', '2025-04-02', ['p1', 'p2'])],
      [
        ['p1', 'O1', -3, 'a1'],
        ['p2', 'O1', -3, 'a2'],
        ['p1', 'O1', 3, null],
        ['p2', 'O1', 3, null],
      ],
      ['a1', 'a2'],
      [],
    ],
    [
      'turning it into a 主题党日 swaps the item',
      [meeting('m1', '2025-03-10', ['p1'], ['theme_day'])],
      [
        ['p1', 'O1', -3, 'a1'],
        ['p2', 'O1', -3, 'a2'],
        ['p1', 'O2', 2, null],
      ],
      ['a1', 'a2'],
      [],
    ],
    [
      'deleting the meeting reverses all it earned',
      [],
      [
        ['p1', 'O1', -3, 'a1'],
        ['p2', 'O1', -3, 'a2'],
      ],
      ['a1', 'a2'],
      [],
    ],
  ])('%s', (_name, events, append, reversed, unchanged) => {
    const r = reconcileSource(existing, derivePointEntries(RULES, events));
    expect(shape(r.append)).toEqual(append);
    expect(r.reversed).toEqual(reversed);
    expect(r.unchanged).toEqual(unchanged);
  });

  it('writes a reversal as the exact negation of the entry, with its key and date', () => {
    const r = reconcileSource(existing.slice(0, 1), []);
    expect(r.append).toEqual([
      {
        ruleCode: 'O1',
        personId: 'p1',
        points: -3,
        units: -1,
        sourceType: 'meeting',
        sourceId: 'm1',
        occurredOn: '2025-03-10',
        idempotencyKey: 'meeting:m1:p1:O1',
        reversesEntryId: 'a1',
      },
    ]);
  });

  it('reverses and rebooks when the hours change, under the same key', () => {
    const before = derivePointEntries(RULES, hours({ p1: 4 })).map((e) => ({ ...e, id: 'h1' }));
    const r = reconcileSource(before, derivePointEntries(RULES, hours({ p1: 6 })));
    expect(r.append.map((a) => [a.points, a.units, a.reversesEntryId, a.idempotencyKey])).toEqual([
      [-2, -4, 'h1', 'volunteer_record:v1:p1:V1'],
      [3, 6, null, 'volunteer_record:v1:p1:V1'],
    ]);
  });

  it('reverses and rebooks when a new rule set version changes the points per meeting', () => {
    const v2 = ruleSet({
      version: 2,
      items: RULES.items.map((i) => (i.code === 'O1' ? { ...i, points: 4 } : i)),
    });
    const r = reconcileSource(existing, derivePointEntries(v2, meeting('m1', '2025-03-10', ['p1', 'p2'])));
    expect(shape(r.append)).toEqual([
      ['p1', 'O1', -3, 'a1'],
      ['p2', 'O1', -3, 'a2'],
      ['p1', 'O1', 4, null],
      ['p2', 'O1', 4, null],
    ]);
  });

  it('reverses a second active entry in one slot, keeping the one that matches', () => {
    const [entry] = derivePointEntries(RULES, meeting('m1', '2025-03-10', ['p1'])) as [PointEntryDraft];
    const r = reconcileSource(
      [
        { ...entry, id: 'x1' },
        { ...entry, id: 'x2' },
      ],
      [entry],
    );
    expect(r.unchanged).toEqual(['x1']);
    expect(shape(r.append)).toEqual([['p1', 'O1', -3, 'x2']]);
  });

  it('refuses two desired entries for one slot', () => {
    const [entry] = derivePointEntries(RULES, meeting('m1', '2025-03-10', ['p1'])) as [PointEntryDraft];
    expect(() => reconcileSource([], [entry, { ...entry, points: 9 }])).toThrow(/duplicate/);
  });
});

describe('reconcileSource over a ledger’s life: a record scores once', () => {
  it('keeps one net award per person through create, re-derive, edit and delete', () => {
    const ledger: (LedgerAppend & { id: string })[] = [];
    const sync = (events: PointSourceEvent[]) => {
      const r = reconcileSource(active(ledger), derivePointEntries(RULES, events));
      book(ledger, r.append);
      return r.append.length;
    };
    const net = () => {
      const rows: PointLedgerEntry[] = ledger.map((r) => ({ ...r, status: 'approved' }));
      const counted = applyCaps(RULES, rows);
      const byPerson = new Map<string, number>();
      for (const c of counted) {
        byPerson.set(c.entry.personId, (byPerson.get(c.entry.personId) ?? 0) + c.counted);
      }
      return Object.fromEntries([...byPerson].filter(([, p]) => p !== 0));
    };

    expect(sync([meeting('m1', '2025-03-10', ['p1', 'p2'])])).toBe(2);
    expect(sync([meeting('m1', '2025-03-10', ['p1', 'p2'])])).toBe(0);
    expect(sync([meeting('m1', '2025-03-10', ['p1', 'p2'])])).toBe(0);
    expect(net()).toEqual({ p1: 3, p2: 3 });

    expect(sync([meeting('m1', '2025-03-10', ['p1', 'p3'])])).toBe(2);
    expect(net()).toEqual({ p1: 3, p3: 3 });
    expect(sync([meeting('m1', '2025-03-10', ['p1', 'p3'])])).toBe(0);

    expect(sync([])).toBe(2);
    expect(net()).toEqual({});
    expect(active(ledger)).toEqual([]);
    expect(sync([])).toBe(0);
  });
});
