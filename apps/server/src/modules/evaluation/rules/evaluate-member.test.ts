import { zIndicatorTemplate } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { completionOf, evaluateMember } from './evaluate-member';
import { SMALL, template } from './fixtures';
import type { MemberInputs, RaterSheet } from './types';

const T = template();
const WEIGHTS = { self: 0.1, peer: 0.3, staff: 0.3, branch: 0.3 };

const FULL_SHEETS: RaterSheet[] = [
  { group: 'self', scores: { A1: 5, B1: 1 } }, // B1 is not rated by self: ignored
  { group: 'peer', scores: { A1: 4, B1: 8 } },
  { group: 'peer', scores: { A1: 4, B1: 8 } },
  { group: 'staff', scores: { A1: 3, B1: 6 } },
  { group: 'staff', scores: null },
  { group: 'branch', scores: { A1: 4 } },
];
const FULL: MemberInputs = { values: { A2: 5, A3: 2, B2: 9 }, sheets: FULL_SHEETS };

describe('evaluateMember', () => {
  it('scores every indicator, subtotals each category and scales the total to 0–100', () => {
    const e = evaluateMember(T, FULL);
    expect(e.indicators.map((i) => [i.code, i.score, i.weighted, i.status])).toEqual([
      ['A1', 3.8, 3.8, 'scored'],
      ['A2', 5, 5, 'scored'],
      ['A3', 10, 20, 'scored'],
      ['B1', 7, 7, 'scored'],
      ['B2', 9, 9, 'scored'],
    ]);
    expect(e.categories).toEqual([
      { code: 'A', title: '攻坚克难', score: 28.8, max: 30 },
      { code: 'B', title: '企业文化', score: 16, max: 20 },
    ]);
    // 44.8 of 50 weighted points.
    expect(e).toMatchObject({
      points: 44.8,
      maxPoints: 50,
      total: 89.6,
      vetoed: false,
      vetoedBy: [],
      pending: [],
    });
  });

  it('reports completion overall and per group', () => {
    expect(evaluateMember(T, FULL).completion).toEqual({
      assigned: 6,
      submitted: 5,
      share: 0.8333,
      byGroup: {
        self: { assigned: 1, submitted: 1 },
        peer: { assigned: 2, submitted: 2 },
        staff: { assigned: 2, submitted: 1 },
        branch: { assigned: 1, submitted: 1 },
      },
    });
  });

  it.each<[string, MemberInputs['vetoes'], boolean, string[]]>([
    ['no marks', [], false, []],
    ['a mark on a veto indicator', [{ code: 'A2', reason: '发生责任性安全事故' }], true, ['A2']],
    ['a mark on an ordinary indicator is ignored', [{ code: 'B2' }], false, []],
    ['an unknown code is ignored', [{ code: 'Z9' }], false, []],
  ])('veto: %s', (_name, vetoes, vetoed, codes) => {
    const e = evaluateMember(T, { ...FULL, vetoes });
    expect(e.vetoed).toBe(vetoed);
    expect(e.vetoedBy.map((v) => v.code)).toEqual(codes);
    expect(e.total).toBe(89.6); // a veto keeps the points for the record
    expect(e.indicators.filter((i) => i.vetoed).map((i) => i.code)).toEqual(codes);
  });

  it('appends the veto to the indicator’s explanation', () => {
    const e = evaluateMember(T, { ...FULL, vetoes: [{ code: 'A2' }] });
    expect(e.indicators.find((i) => i.code === 'A2')?.explanation.zh).toBe(
      '支部录入 5 分；得 5/5 分；一票否决',
    );
  });

  it.each<[string, boolean, number]>([
    ['without trimming, the low and high peer scores count', false, 3.8 + 0.3 * (3.6 - 4)],
    ['with trimming, a group of five loses its extremes', true, 3.8],
  ])('%s', (_name, trimExtremes, a1) => {
    const t = template({ raters: { weights: WEIGHTS, trimExtremes } });
    const peers: RaterSheet[] = [1, 4, 4, 4, 5].map((s) => ({ group: 'peer', scores: { A1: s } }));
    const sheets = [...FULL_SHEETS.filter((s) => s.group !== 'peer'), ...peers];
    const e = evaluateMember(t, { ...FULL, sheets });
    const A1 = e.indicators.find((i) => i.code === 'A1');
    expect(A1?.score).toBe(Math.round(a1 * 100) / 100);
    expect(A1?.groups?.peer).toMatchObject({ count: 5, used: trimExtremes ? 3 : 5, trimmed: trimExtremes });
  });

  it('gives 0 and lists everything as pending when nothing is in', () => {
    const e = evaluateMember(T, {});
    expect(e).toMatchObject({
      points: 0,
      maxPoints: 50,
      total: 0,
      vetoed: false,
      pending: ['A1', 'A2', 'A3', 'B1', 'B2'],
    });
    expect(e.completion).toEqual({ assigned: 0, submitted: 0, share: null, byGroup: {} });
  });

  it('renormalises per indicator when a group has not submitted yet', () => {
    const sheets = FULL_SHEETS.filter((s) => s.group !== 'staff');
    const e = evaluateMember(T, { ...FULL, sheets });
    expect(e.indicators.find((i) => i.code === 'A1')).toMatchObject({
      score: 4.14,
      weights: { self: 0.1429, peer: 0.4286, branch: 0.4286 },
    });
    expect(e.indicators.find((i) => i.code === 'B1')).toMatchObject({ score: 8, weights: { peer: 1 } });
  });

  it('counts a category’s overall score in the category but keeps it apart from the indicators', () => {
    const t = zIndicatorTemplate.parse({
      ...SMALL,
      categories: [
        {
          code: 'P',
          title: '政治素质',
          overall: { code: 'P.0', title: '政治素质综合评价', maxScore: 10, source: 'manual' },
          indicators: [{ code: 'P.1', title: '理想信念', maxScore: 5, source: 'manual' }],
        },
      ],
    });
    const e = evaluateMember(t, { values: { 'P.0': 8, 'P.1': 4 } });
    expect(e.indicators.map((i) => [i.code, i.overall])).toEqual([
      ['P.0', true],
      ['P.1', false],
    ]);
    expect(e.categories).toEqual([{ code: 'P', title: '政治素质', score: 12, max: 15 }]);
    expect(e.total).toBe(80);
  });
});

describe('completionOf', () => {
  it.each<[string, RaterSheet[], number, number, number | null]>([
    ['nobody assigned', [], 0, 0, null],
    ['all submitted', [{ group: 'self', scores: {} }], 1, 1, 1],
    [
      'an empty submitted sheet still counts as submitted',
      [
        { group: 'peer', scores: {} },
        { group: 'peer', scores: null },
      ],
      2,
      1,
      0.5,
    ],
    [
      'none submitted',
      [
        { group: 'staff', scores: null },
        { group: 'staff', scores: null },
        { group: 'branch', scores: null },
      ],
      3,
      0,
      0,
    ],
    [
      'a third',
      [
        { group: 'staff', scores: { A1: 1 } },
        { group: 'staff', scores: null },
        { group: 'staff', scores: null },
      ],
      3,
      1,
      0.3333,
    ],
  ])('%s', (_name, sheets, assigned, submitted, share) => {
    expect(completionOf(sheets)).toMatchObject({ assigned, submitted, share });
  });
});
