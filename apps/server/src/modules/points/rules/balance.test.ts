import type { PointPeriod } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { balanceOf, balancesByPerson } from './balance';
import { ITEMS, row, ruleSet } from './fixtures';
import type { PointLedgerEntry } from './types';

const RULES = ruleSet();
const YEAR: PointPeriod = { kind: 'year' };
const quarter = (q: number): PointPeriod => ({ kind: 'quarter', quarter: q });
const month = (m: number): PointPeriod => ({ kind: 'month', month: m });

/** A 先锋指数 shape: base 80, bonuses at most 20 a year, 0–100, no item caps in the way. */
const PIONEER = ruleSet({
  basePoints: 80,
  positiveCap: 20,
  items: [{ ...ITEMS.task, cap: null }, ITEMS.duesLate, ITEMS.crime],
});

const tasks = (dates: string[], points = 4) => dates.map((d) => row('D2', `2025-${d}`, points));

describe('balanceOf: base + positive − negative', () => {
  it.each<[string, PointLedgerEntry[], { positive: number; negative: number; total: number }]>([
    ['no entries leave the base', [], { positive: 0, negative: 0, total: 60 }],
    [
      'bonuses and deductions',
      [row('O1', '2025-01-10', 3), row('O2', '2025-02-10', 2), row('N1', '2025-03-10', -2)],
      { positive: 5, negative: 2, total: 63 },
    ],
    [
      'item caps apply before adding up',
      ['01', '02', '03', '04', '05', '06'].map((m) => row('O1', `2025-${m}-10`, 3)),
      { positive: 12, negative: 0, total: 72 },
    ],
    [
      'pending claims do not count',
      [row('S2', '2025-01-10', 5, { status: 'claimed' })],
      { positive: 0, negative: 0, total: 60 },
    ],
    [
      'a reversed award nets out',
      [row('O1', '2025-01-10', 3, { id: 'a' }), row('O1', '2025-01-10', -3, { reversesEntryId: 'a' })],
      { positive: 0, negative: 0, total: 60 },
    ],
    [
      'a reversed deduction nets out',
      [row('N1', '2025-01-10', -2, { id: 'd' }), row('N1', '2025-01-10', 2, { reversesEntryId: 'd' })],
      { positive: 0, negative: 0, total: 60 },
    ],
  ])('%s', (_name, entries, expected) => {
    expect(balanceOf(RULES, entries, YEAR)).toMatchObject({ base: 60, ...expected, vetoed: false });
  });
});

describe('balanceOf: total positive cap and clamp', () => {
  it.each<
    [
      string,
      ReturnType<typeof ruleSet>,
      PointLedgerEntry[],
      { positive: number; negative: number; total: number },
    ]
  >([
    [
      '先锋指数: bonuses stop at 20 in all',
      PIONEER,
      tasks(['01-10', '02-10', '03-10', '04-10', '05-10', '06-10', '07-10']),
      { positive: 20, negative: 0, total: 100 },
    ],
    [
      '先锋指数: deductions come off after the cap',
      PIONEER,
      [...tasks(['01-10', '02-10', '03-10', '04-10', '05-10', '06-10']), row('N2', '2025-07-01', -2)],
      { positive: 20, negative: 2, total: 98 },
    ],
    [
      '先锋指数: under the cap everything counts',
      PIONEER,
      tasks(['01-10', '02-10']),
      { positive: 8, negative: 0, total: 88 },
    ],
    [
      'clamped at the maximum',
      ruleSet({ basePoints: 95 }),
      [row('O1', '2025-01-10', 3), row('O2', '2025-01-11', 2), row('O2', '2025-01-12', 2)],
      { positive: 7, negative: 0, total: 100 },
    ],
    [
      'clamped at the minimum',
      ruleSet({ basePoints: 5 }),
      ['01', '02', '03', '04'].map((m) => row('N1', `2025-${m}-01`, -2)),
      { positive: 0, negative: 8, total: 0 },
    ],
    [
      'no bounds leave the sum as it is',
      ruleSet({ basePoints: 5, minTotal: null, maxTotal: null }),
      ['01', '02', '03', '04'].map((m) => row('N1', `2025-${m}-01`, -2)),
      { positive: 0, negative: 8, total: -3 },
    ],
  ])('%s', (_name, rules, entries, expected) => {
    expect(balanceOf(rules, entries, YEAR)).toMatchObject(expected);
  });

  it('spreads the yearly bonus cap over the quarters in date order, so the quarters add up to the year', () => {
    const entries = tasks(['01-10', '02-10', '03-10', '04-10', '05-10', '07-10', '10-10']);
    const quarters = [1, 2, 3, 4].map((q) => balanceOf(PIONEER, entries, quarter(q)).positive);
    expect(quarters).toEqual([12, 8, 0, 0]);
    expect(quarters.reduce((s, p) => s + p, 0)).toBe(balanceOf(PIONEER, entries, YEAR).positive);
  });

  it('explains the bonus cap and the clamp', () => {
    const year = balanceOf(PIONEER, tasks(['01-10', '02-10', '03-10', '04-10', '05-10', '06-10']), YEAR);
    expect(year.lines).toContainEqual({
      zh: '加分合计 24 分，超过加分上限 20 分，按 20 分计',
      en: 'Bonus points 24 exceed the cap of 20; 20 count',
    });
    const q2 = balanceOf(PIONEER, tasks(['01-10', '02-10', '03-10', '04-10', '05-10', '06-10']), quarter(2));
    expect(q2.lines).toContainEqual({
      zh: '本期加分 12 分，全年加分上限 20 分（此前已计 12 分），按 8 分计',
      en: "Bonus points 12 this period; the year's cap is 20 (12 used before); 8 count",
    });
    const low = balanceOf(
      ruleSet({ basePoints: 5 }),
      ['01', '02', '03', '04'].map((m) => row('N1', `2025-${m}-01`, -2)),
      YEAR,
    );
    expect(low.lines).toContainEqual({
      zh: '合计 −3 分，低于下限，按 0 分计',
      en: '−3 is below the minimum; 0 counts',
    });
  });
});

describe('balanceOf: periods', () => {
  const entries = [
    row('O1', '2025-01-10', 3),
    row('O1', '2025-03-31', 3),
    row('O1', '2025-04-01', 3),
    row('O1', '2025-05-10', 3),
    row('O1', '2025-06-10', 3),
    row('N1', '2025-06-30', -2),
    row('O1', '2025-12-31', 3),
  ];

  it.each<
    [string, PointPeriod, { from: string; to: string; positive: number; negative: number; total: number }]
  >([
    ['the year', YEAR, { from: '2025-01-01', to: '2025-12-31', positive: 12, negative: 2, total: 70 }],
    [
      'Q1 ends on 31 March',
      quarter(1),
      { from: '2025-01-01', to: '2025-03-31', positive: 6, negative: 0, total: 66 },
    ],
    [
      'Q2 is held by the yearly item cap reached in June',
      quarter(2),
      { from: '2025-04-01', to: '2025-06-30', positive: 6, negative: 2, total: 64 },
    ],
    [
      'Q4 gets nothing once the yearly cap is used',
      quarter(4),
      { from: '2025-10-01', to: '2025-12-31', positive: 0, negative: 0, total: 60 },
    ],
    ['a month', month(5), { from: '2025-05-01', to: '2025-05-31', positive: 3, negative: 0, total: 63 }],
    [
      'February of a common year has 28 days',
      month(2),
      { from: '2025-02-01', to: '2025-02-28', positive: 0, negative: 0, total: 60 },
    ],
  ])('%s', (_name, period, expected) => {
    expect(balanceOf(RULES, entries, period)).toMatchObject(expected);
  });

  it('lists the period’s entries with what they counted, in date order', () => {
    const b = balanceOf(RULES, entries, quarter(2));
    expect(b.entries.map((c) => [c.entry.occurredOn, c.counted, c.outcome])).toEqual([
      ['2025-04-01', 3, 'counted'],
      ['2025-05-10', 3, 'counted'],
      ['2025-06-10', 0, 'capped'],
      ['2025-06-30', -2, 'counted'],
    ]);
  });
});

describe('balanceOf: veto', () => {
  const full = tasks(['01-10', '02-10', '03-10', '04-10', '05-10']);

  it.each<[string, PointLedgerEntry[], PointPeriod, boolean, number]>([
    ['a veto sets a full score to 0', [...full, row('X3', '2025-06-01', 0, { id: 'v' })], YEAR, true, 0],
    [
      'a veto claimed but not approved changes nothing',
      [...full, row('X3', '2025-06-01', 0, { status: 'claimed' })],
      YEAR,
      false,
      100,
    ],
    [
      'a rejected veto changes nothing',
      [...full, row('X3', '2025-06-01', 0, { status: 'rejected' })],
      YEAR,
      false,
      100,
    ],
    [
      'a reversed veto changes nothing',
      [
        ...full,
        row('X3', '2025-06-01', 0, { id: 'v' }),
        row('X3', '2025-06-01', 0, { reversesEntryId: 'v' }),
      ],
      YEAR,
      false,
      100,
    ],
    [
      'a quarter before the veto keeps its points',
      [...full, row('X3', '2025-06-01', 0)],
      quarter(1),
      false,
      92,
    ],
    ['a quarter after the veto is 0 too', [...full, row('X3', '2025-06-01', 0)], quarter(3), true, 0],
  ])('%s', (_name, entries, period, vetoed, total) => {
    const b = balanceOf(PIONEER, entries, period);
    expect([b.vetoed, b.total]).toEqual([vetoed, total]);
  });

  it('names the veto items hit and says so in the lines', () => {
    const b = balanceOf(PIONEER, [...full, row('X3', '2025-06-01', 0, { id: 'v1' })], YEAR);
    expect(b.vetoItems).toEqual([{ code: 'X3', title: '违法犯罪', occurredOn: '2025-06-01', entryId: 'v1' }]);
    expect(b.positive).toBe(20);
    expect(b.lines.at(-2)).toEqual({
      zh: '一票否决：“违法犯罪”，积分计 0 分',
      en: 'Veto: "违法犯罪"; the points are 0',
    });
    expect(b.lines.at(-1)).toEqual({ zh: '2025年度积分 0 分', en: 'Total for 2025: 0 points' });
  });
});

describe('balanceOf: subtotals and lines', () => {
  const entries = [
    ...['01-10', '02-10', '03-10', '04-10', '05-10'].map((d) => row('O1', `2025-${d}`, 3)),
    row('V1', '2025-06-01', 1.75, { units: 3.5 }),
    row('N1', '2025-06-10', -2),
    row('S2', '2025-07-01', 5, { status: 'claimed' }),
  ];
  const b = balanceOf(RULES, entries, YEAR);

  it('subtotals every category the rule set uses, after item caps', () => {
    expect(b.categories).toEqual([
      { category: 'political_study', positive: 0, negative: 0 },
      { category: 'org_life', positive: 12, negative: 2 },
      { category: 'duty', positive: 0, negative: 0 },
      { category: 'discipline', positive: 0, negative: 0 },
      { category: 'volunteering', positive: 1.75, negative: 0 },
    ]);
  });

  it('explains the number line by line', () => {
    expect(b.total).toBe(71.75);
    expect(b.lines).toEqual([
      { zh: '基础分 60 分', en: 'Base points 60' },
      {
        zh: '“三会一课” 5 次，+12 分（已达上限，原 +15 分）',
        en: '"三会一课" 5 occurrences, +12 points (capped from +15)',
      },
      { zh: '“志愿服务” 3.5 小时，+1.75 分', en: '"志愿服务" 3.5 hours, +1.75 points' },
      { zh: '“无故缺席” 1 次，−2 分', en: '"无故缺席" 1 occurrence, −2 points' },
      {
        zh: '另有 1 条申报待审核（+5 分），审核通过后计入',
        en: '1 claim (+5 points) awaits review and counts once approved',
      },
      { zh: '2025年度积分 71.75 分', en: 'Total for 2025: 71.75 points' },
    ]);
  });
});

describe('balanceOf and balancesByPerson: people', () => {
  it('refuses entries of two people', () => {
    expect(() =>
      balanceOf(RULES, [row('O1', '2025-01-10', 3), row('O1', '2025-01-10', 3, { personId: 'p2' })]),
    ).toThrow(/one person/);
  });

  it('gives each person their own balance and listed people without entries the base', () => {
    const entries = [row('O1', '2025-01-10', 3), row('N1', '2025-01-10', -2, { personId: 'p2' })];
    const all = balancesByPerson(RULES, entries, YEAR, ['p1', 'p3']);
    expect(Object.fromEntries([...all].map(([id, b]) => [id, b.total]))).toEqual({ p1: 63, p2: 58, p3: 60 });
  });
});
