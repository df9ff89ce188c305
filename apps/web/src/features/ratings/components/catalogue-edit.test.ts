import type { SchemeDefinition } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { categoryMax, patchCriterion } from './catalogue-edit';

const crit = (code: string, kind: 'metric' | 'evidence' | 'deduction', maxScore: number) => ({
  code,
  title: code,
  maxScore,
  weight: 1,
  kind,
  required: true,
  hardFromStar: null,
});

const def: SchemeDefinition = {
  formula: 'base',
  categories: [
    {
      code: 'A',
      title: 'A',
      group: 'base',
      criteria: [crit('A1', 'evidence', 5), crit('A2', 'deduction', 3)],
    },
    { code: 'B', title: 'B', group: 'base', criteria: [crit('B1', 'evidence', 10)] },
  ],
};

describe('inline catalogue edits', () => {
  it('changes one criterion and leaves the rest untouched', () => {
    const next = patchCriterion(def, 'A1', {
      maxScore: 8,
      required: false,
      hardFromStar: 4,
      title: '新标题',
    });
    expect(next.categories[0]!.criteria[0]).toMatchObject({
      maxScore: 8,
      required: false,
      hardFromStar: 4,
      title: '新标题',
    });
    expect(next.categories[1]).toBe(def.categories[1]);
    expect(def.categories[0]!.criteria[0]!.maxScore).toBe(5);
  });
  it('sums the points a category can give', () => {
    expect(categoryMax(def.categories[0]!)).toBe(5);
    expect(categoryMax(def.categories[1]!)).toBe(10);
  });
});
