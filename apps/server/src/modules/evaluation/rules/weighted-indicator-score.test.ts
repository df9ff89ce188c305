import { describe, expect, it } from 'vitest';
import { indicator, template } from './fixtures';
import type { GroupScore, IndicatorEvidence } from './types';
import { weightedIndicatorScore } from './weighted-indicator-score';

const T = template();
const g = (mean: number | null, count = 1, trimmed = false): GroupScore => ({
  mean,
  count,
  used: trimmed ? count - 2 : count,
  trimmed,
});

describe('weightedIndicatorScore', () => {
  it.each<
    [
      string,
      string,
      IndicatorEvidence,
      number,
      number,
      'scored' | 'pending',
      Record<string, number> | undefined,
    ]
  >([
    // name, code, evidence, score, weighted, status, effective weights
    [
      'all four groups, template weights',
      'A1',
      { groups: { self: g(5), peer: g(4, 8), staff: g(3, 12), branch: g(4, 3) } },
      3.8,
      3.8,
      'scored',
      { self: 0.1, peer: 0.3, staff: 0.3, branch: 0.3 },
    ],
    [
      'staff missing: the rest renormalised',
      'A1',
      { groups: { self: g(5), peer: g(4, 8), branch: g(4, 3) } },
      4.14,
      4.14,
      'scored',
      { self: 0.1429, peer: 0.4286, branch: 0.4286 },
    ],
    [
      'a group with no scores counts as missing',
      'A1',
      { groups: { self: g(5), peer: g(4, 8), staff: g(null, 0), branch: g(4, 3) } },
      4.14,
      4.14,
      'scored',
      { self: 0.1429, peer: 0.4286, branch: 0.4286 },
    ],
    ['only the member’s own score', 'A1', { groups: { self: g(5) } }, 5, 5, 'scored', { self: 1 }],
    ['nobody rated yet', 'A1', { groups: {} }, 0, 0, 'pending', undefined],
    ['no groups at all', 'A1', {}, 0, 0, 'pending', undefined],
    [
      'a mean above the maximum is clamped',
      'A1',
      { groups: { branch: g(7) } },
      5,
      5,
      'scored',
      { branch: 1 },
    ],
    [
      'an indicator rated by peers and staff only ignores the others',
      'B1',
      { groups: { self: g(10), peer: g(8, 6), staff: g(6, 10), branch: g(10) } },
      7,
      7,
      'scored',
      { peer: 0.5, staff: 0.5 },
    ],
    ['its staff missing', 'B1', { groups: { peer: g(8, 6), branch: g(10) } }, 8, 8, 'scored', { peer: 1 }],
    ['automatic half way to target, weight 2', 'A3', { value: 1 }, 5, 10, 'scored', undefined],
    ['automatic above target', 'A3', { value: 3 }, 10, 20, 'scored', undefined],
    ['automatic zero is a value, not pending', 'A3', { value: 0 }, 0, 0, 'scored', undefined],
    ['automatic without a value', 'A3', { value: null }, 0, 0, 'pending', undefined],
    ['automatic ignores ratings', 'A3', { groups: { branch: g(10) } }, 0, 0, 'pending', undefined],
    ['manual entry', 'B2', { value: 8.5 }, 8.5, 8.5, 'scored', undefined],
    ['manual entry above max', 'B2', { value: 12 }, 10, 10, 'scored', undefined],
    ['manual entry below 0', 'B2', { value: -3 }, 0, 0, 'scored', undefined],
    ['manual not entered', 'B2', {}, 0, 0, 'pending', undefined],
    ['manual NaN is not an entry', 'B2', { value: Number.NaN }, 0, 0, 'pending', undefined],
  ])('%s', (_name, code, evidence, score, weighted, status, weights) => {
    const r = weightedIndicatorScore(T, indicator(T, code), evidence);
    expect(r).toMatchObject({ code, score, weighted, status, maxScore: indicator(T, code).maxScore });
    expect(r.weights).toEqual(weights);
  });

  it('says whose weight moved when a group has not submitted', () => {
    const r = weightedIndicatorScore(T, indicator(T, 'A1'), {
      groups: { self: g(5), peer: g(4, 8), branch: g(4, 3) },
    });
    expect(r.explanation).toEqual({
      zh: '个人自评 5（1 人），党员互评 4（8 人），支部评价 4（3 人）；职工群众评价无人提交，其权重按比例分给其余评价主体；得 4.14/5 分',
      en: 'Self 5 (1 rater), Fellow members 4 (8 raters), Branch committee 4 (3 raters); no scores from Staff (anonymous), so their weight was shared among the other groups in proportion; 4.14/5 points',
    });
  });

  it('says nothing about weights when every group rated, and names trimming', () => {
    const r = weightedIndicatorScore(T, indicator(T, 'B1'), {
      groups: { peer: g(8, 6, true), staff: g(6, 10) },
    });
    expect(r.explanation.zh).toBe(
      '党员互评 8（6 人，去掉最高、最低分），职工群众评价 6（10 人）；得 7/10 分',
    );
    expect(r.explanation.zh).not.toContain('权重');
  });

  it.each([
    ['A3', { value: 1 }, '取数 1，目标 ≥ 2；得 5/10 分'],
    ['A3', {}, '待自动取数'],
    ['B2', { value: 12 }, '支部录入 12 分（超出范围，按 0–满分计）；得 10/10 分'],
    ['B2', {}, '待支部录入'],
    ['A1', {}, '尚无评价'],
  ])('explains %s with %j as %s', (code, evidence, zh) => {
    expect(weightedIndicatorScore(T, indicator(T, code), evidence).explanation.zh).toBe(zh);
  });
});
