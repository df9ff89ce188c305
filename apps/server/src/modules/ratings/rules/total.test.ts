import { describe, expect, it } from 'vitest';
import { scheme, scored } from './fixtures';
import { totalOf } from './total';
import type { CriterionScore } from './types';

const review = { kind: 'review' as const, metric: undefined, rule: undefined };

const def = scheme({
  formula: '(base - deduction) * 0.7 + evaluation * 0.3',
  categories: [
    {
      code: 'A',
      title: '组织建设',
      criteria: [
        { code: 'A1', title: '一', maxScore: 10, ...review },
        { code: 'A2', title: '二', maxScore: 10, weight: 2, ...review },
        { code: 'A3', title: '扣分', maxScore: 10, kind: 'deduction' },
        { code: 'A4', title: '否决', maxScore: 0, kind: 'veto' },
      ],
    },
    {
      code: 'B',
      title: '组织生活',
      optionalLimit: 1,
      criteria: [
        { code: 'B1', title: '必答', maxScore: 5, ...review },
        { code: 'B2', title: '自选一', maxScore: 5, required: false, ...review },
        { code: 'B3', title: '自选二', maxScore: 8, required: false, ...review },
      ],
    },
    { code: 'D', title: '扣分项', group: 'deduction', criteria: [{ code: 'D1', title: '负面清单', maxScore: 20, kind: 'deduction' }] },
    { code: 'E', title: '评价', group: 'evaluation', criteria: [{ code: 'E1', title: '满意度', maxScore: 100, ...review }] },
  ],
});

const scores = (list: CriterionScore[]) => new Map(list.map((s) => [s.code, s]));
const typical = [scored('A1', 8), scored('A2', 20), scored('A3', 4), scored('B1', 5), scored('B2', 3), scored('B3', 6), scored('D1', 3), scored('E1', 90)];

describe('totalOf', () => {
  it('sums categories, groups and the composite formula', () => {
    expect(totalOf(def, scores(typical))).toEqual({
      categories: [
        { code: 'A', score: 24, max: 30 },
        { code: 'B', score: 11, max: 13 },
        { code: 'D', score: 3, max: 20 },
        { code: 'E', score: 90, max: 100 },
      ],
      groups: { base: 35, bonus: 0, deduction: 3, evaluation: 90 },
      // (35 − 3) × 0.7 + 90 × 0.3
      total: 49.4,
    });
  });

  it.each<[string, CriterionScore[], number]>([
    ['only the best optional item counts under optionalLimit 1', typical, 11],
    ['an unanswered optional item does not count', [scored('B1', 5), scored('B2', 3), scored('B3', 0, 'skipped')], 8],
    ['no optional item answered', [scored('B1', 5), scored('B2', 0, 'skipped'), scored('B3', 0, 'skipped')], 5],
    ['a criterion missing from the scores counts 0', [scored('B2', 3)], 3],
  ])('category B: %s', (_name, list, expected) => {
    expect(totalOf(def, scores(list)).categories.find((c) => c.code === 'B')!.score).toBe(expected);
  });

  it.each<[number | undefined, number, number]>([
    [undefined, 14, 18],
    [0, 5, 5],
    [2, 14, 18],
  ])('optionalLimit %s counts %i of at most %i', (limit, score, max) => {
    const d = { ...def, categories: def.categories.map((c) => (c.code === 'B' ? { ...c, optionalLimit: limit } : c)) };
    expect(totalOf(d, scores(typical)).categories[1]).toEqual({ code: 'B', score, max });
  });

  it('subtracts a deduction inside a base category there, never below 0', () => {
    const t = totalOf(def, scores([scored('A1', 2), scored('A3', 10)]));
    expect(t.categories[0]!.score).toBe(0);
    expect(t.groups.base).toBe(0);
  });

  it('evaluates category codes as variables too, rounding only the result', () => {
    const d = { ...def, formula: '(A + B * 2) / 3' };
    // (24 + 22) / 3 = 15.333…
    expect(totalOf(d, scores(typical)).total).toBe(15.33);
  });

  it('adds bonus categories through the default formula', () => {
    const d = scheme({
      categories: [
        { code: 'A', title: '基础', criteria: [{ code: 'A1', title: '一', maxScore: 100, ...review }] },
        { code: 'X', title: '加分', group: 'bonus', criteria: [{ code: 'X1', title: '创新', maxScore: 10, ...review }] },
        { code: 'D', title: '扣分', group: 'deduction', criteria: [{ code: 'D1', title: '扣', maxScore: 10, kind: 'deduction' }] },
      ],
    });
    expect(totalOf(d, scores([scored('A1', 85), scored('X1', 6), scored('D1', 2.5)])).total).toBe(88.5);
  });

  it('throws on an invalid formula', () => {
    expect(() => totalOf({ ...def, formula: 'base + nope' }, scores(typical))).toThrow(/Unknown name "nope"/);
  });
});
