import { describe, expect, it } from 'vitest';
import { applyCaps } from './apply-caps';
import { row, ruleSet } from './fixtures';
import type { PointLedgerEntry } from './types';

const RULES = ruleSet();
const counted = (entries: PointLedgerEntry[]) => applyCaps(RULES, entries).map((c) => c.counted);
const outcomes = (entries: PointLedgerEntry[]) => applyCaps(RULES, entries).map((c) => c.outcome);

describe('applyCaps: per item and period', () => {
  it.each<[string, PointLedgerEntry[], number[]]>([
    [
      '三会一课 3 each stops at 12 a year',
      ['01-10', '02-10', '03-10', '04-10', '05-10'].map((d) => row('O1', `2025-${d}`, 3)),
      [3, 3, 3, 3, 0],
    ],
    ['under the cap everything counts', ['01-10', '06-10'].map((d) => row('O1', `2025-${d}`, 3)), [3, 3]],
    [
      'the entry that crosses the cap counts in part',
      ['01-10', '02-10', '03-10'].map((d) => row('S2', `2025-${d}`, 5)),
      [5, 5, 2],
    ],
    [
      'a quarterly cap starts again in the next quarter',
      ['03-01', '03-15', '03-31', '04-01'].map((d) => row('S2', `2025-${d}`, 5)),
      [5, 5, 2, 5],
    ],
    [
      'a monthly cap starts again each month',
      ['01-05', '01-20', '02-01'].map((d) => row('D2', `2025-${d}`, 4)),
      [4, 0, 4],
    ],
    [
      'the last day of a month is still that month',
      ['01-31', '01-01', '02-01'].map((d) => row('D2', `2025-${d}`, 4)),
      [0, 4, 4],
    ],
    [
      'a deduction is capped by its size and keeps its sign',
      ['05-02', '05-09', '05-30'].map((d) => row('N6', `2025-${d}`, -10)),
      [-10, -10, 0],
    ],
    [
      'items without a cap count in full',
      Array.from({ length: 12 }, () => row('N1', '2025-05-02', -2)),
      Array.from({ length: 12 }, () => -2),
    ],
    [
      'fractions are kept to two decimals',
      [
        row('V1', '2025-05-02', 1.75, { units: 3.5 }),
        row('V1', '2025-05-03', 0.1),
        row('V1', '2025-05-03', 0.2),
      ],
      [1.75, 0.1, 0.2],
    ],
  ])('%s', (_name, entries, expected) => {
    expect(counted(entries)).toEqual(expected);
  });

  it('fills the cap in date order, whatever order the entries come in', () => {
    const entries = ['05-10', '01-10', '04-10', '02-10', '03-10'].map((d) => row('O1', `2025-${d}`, 3));
    expect(counted(entries)).toEqual([0, 3, 3, 3, 3]);
  });

  it('keeps same-day entries in the order given', () => {
    const entries = [
      row('S2', '2025-02-01', 5, { id: 'first' }),
      row('S2', '2025-02-01', 5),
      row('S2', '2025-02-01', 5, { id: 'last' }),
    ];
    expect(counted(entries)).toEqual([5, 5, 2]);
  });

  it('keeps caps apart per person', () => {
    const entries = ['p1', 'p2', 'p1', 'p2'].map((personId, i) =>
      row('D2', `2025-01-0${i + 1}`, 4, { personId }),
    );
    expect(counted(entries)).toEqual([4, 4, 0, 0]);
  });

  it('explains the capped and the partly counted entries in both languages', () => {
    const entries = ['01-10', '02-10', '03-10', '04-10', '05-10'].map((d) => row('O1', `2025-${d}`, 3));
    const r = applyCaps(RULES, entries);
    expect(r.slice(0, 4).map((c) => c.explanation)).toEqual([null, null, null, null]);
    expect(r[4]).toMatchObject({
      outcome: 'capped',
      explanation: {
        zh: '本年度“三会一课”已达上限 12 分，本条计 0 分',
        en: '"三会一课" reached its cap of 12 points this year; this entry counts 0',
      },
    });
    const partial = applyCaps(
      RULES,
      ['01-10', '02-10', '03-10'].map((d) => row('S2', `2025-${d}`, 5)),
    )[2];
    expect(partial).toMatchObject({
      counted: 2,
      outcome: 'partial',
      explanation: {
        zh: '本季度“学习笔记”上限 12 分，本条计 2 分',
        en: '"学习笔记" is capped at 12 points this quarter; this entry counts 2',
      },
    });
  });

  it('reports a fully capped deduction as 0, not −0', () => {
    const r = applyCaps(
      RULES,
      ['05-02', '05-09', '05-30'].map((d) => row('N6', `2025-${d}`, -10)),
    );
    expect(Object.is(r[2]!.counted, 0)).toBe(true);
    expect(r[2]!.explanation!.zh).toBe('本月“拒不接受任务”已达上限 20 分，本条计 0 分');
  });
});

describe('applyCaps: what does not count', () => {
  it.each<[string, PointLedgerEntry[], number[], string[]]>([
    [
      'claims awaiting review and rejected claims count 0 and leave the cap free',
      [
        row('S2', '2025-01-02', 5, { status: 'claimed' }),
        row('S2', '2025-01-03', 5, { status: 'rejected' }),
        row('S2', '2025-01-04', 5),
        row('S2', '2025-01-05', 5),
      ],
      [0, 0, 5, 5],
      ['not_approved', 'not_approved', 'counted', 'counted'],
    ],
    [
      'an entry and its reversal net out and free the cap',
      [
        row('O1', '2025-01-10', 3, { id: 'a' }),
        row('O1', '2025-01-10', -3, { reversesEntryId: 'a' }),
        ...['02-10', '03-10', '04-10', '05-10'].map((d) => row('O1', `2025-${d}`, 3)),
      ],
      [0, 0, 3, 3, 3, 3],
      ['reversed', 'reversal', 'counted', 'counted', 'counted', 'counted'],
    ],
    [
      'a reversal whose entry is not given counts 0',
      [row('O1', '2025-01-10', -3, { reversesEntryId: 'gone' })],
      [0],
      ['reversal'],
    ],
    ['an item the rule set lacks counts 0', [row('ZZ', '2025-01-10', 3)], [0], ['unknown_item']],
    [
      'an entry of another year counts 0',
      [row('O1', '2024-12-31', 3), row('O1', '2026-01-01', 3)],
      [0, 0],
      ['outside_year', 'outside_year'],
    ],
  ])('%s', (_name, entries, expected, expectedOutcomes) => {
    expect(counted(entries)).toEqual(expected);
    expect(outcomes(entries)).toEqual(expectedOutcomes);
  });

  it('says why an entry does not count', () => {
    const r = applyCaps(RULES, [row('S2', '2025-01-02', 5, { status: 'claimed' })]);
    expect(r[0]!.explanation).toEqual({
      zh: '待支部审核，暂不计分',
      en: 'Awaiting the branch’s review; not counted yet',
    });
  });
});
