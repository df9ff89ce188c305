import type { Category, Criterion } from '@zhibu/shared';
import type { CategoryScore, CriterionScore } from './types';

// The points of one category. In a base, bonus or evaluation category the gains count less any
// deduction items inside it (a deduction listed under 组织生活 subtracts there), never below 0;
// of the optional items (自选题) the branch answered, only the best `optionalLimit` count.
// A deduction-group category holds the positive amount the formula subtracts, so everything in it
// adds up, and its maximum is the most it can take off. Vetoes never carry points.

type Scores = ReadonlyMap<string, CriterionScore>;

export function categoryScore(cat: Category, scores: Scores): CategoryScore {
  const counted = cat.criteria.filter((c) => c.kind !== 'veto');
  if (cat.group === 'deduction') {
    return {
      code: cat.code,
      score: sum(counted.map((c) => weightedOf(c, scores))),
      max: sum(counted.map(maxOf)),
    };
  }
  const gains = counted.filter((c) => c.kind !== 'deduction');
  const deductions = counted.filter((c) => c.kind === 'deduction');
  const required = gains.filter((c) => c.required);
  const answeredOptional = gains.filter(
    (c) => !c.required && scores.get(c.code) !== undefined && scores.get(c.code)!.status !== 'skipped',
  );
  const bestOptional = best(
    answeredOptional.map((c) => weightedOf(c, scores)),
    cat.optionalLimit,
  );
  const bestOptionalMax = best(gains.filter((c) => !c.required).map(maxOf), cat.optionalLimit);
  const earned =
    sum(required.map((c) => weightedOf(c, scores))) +
    sum(bestOptional) -
    sum(deductions.map((c) => weightedOf(c, scores)));
  return {
    code: cat.code,
    score: Math.max(0, earned),
    max: sum(required.map(maxOf)) + sum(bestOptionalMax),
  };
}

function weightedOf(c: Criterion, scores: Scores): number {
  return scores.get(c.code)?.weighted ?? 0;
}

function maxOf(c: Criterion): number {
  return c.maxScore * c.weight;
}

function best(values: number[], limit: number | undefined): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  return limit === undefined ? sorted : sorted.slice(0, limit);
}

function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}
