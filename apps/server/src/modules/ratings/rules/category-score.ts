import type { Category, Criterion } from '@zhibu/shared';
import type { CategoryScore, CriterionScore } from './types';

// The points of one category. In a base, bonus or evaluation category the gains count less any
// deduction items inside it (a deduction listed under 组织生活 subtracts there), never below 0;
// of the optional items (自选题) the branch answered, only the best `optionalLimit` count.
// A deduction-group category holds the positive amount the formula subtracts, so everything in it
// adds up, and its maximum is the most it can take off. Vetoes never carry points.

type Scores = ReadonlyMap<string, CriterionScore>;

/** What does not depend on the org: the category's items sorted by how they count, and its maximum. */
type Plan = { counted: Criterion[]; required: Criterion[]; optional: Criterion[]; deductions: Criterion[]; max: number };

// Worked out once per category object: an evaluation scores thousands of orgs against the same one.
const plans = new WeakMap<Category, Plan>();

function planOf(cat: Category): Plan {
  let plan = plans.get(cat);
  if (!plan) {
    const counted = cat.criteria.filter((c) => c.kind !== 'veto');
    const gains = counted.filter((c) => c.kind !== 'deduction');
    const required = gains.filter((c) => c.required);
    const optional = gains.filter((c) => !c.required);
    const max = cat.group === 'deduction' ? sum(counted.map(maxOf)) : sum(required.map(maxOf)) + sum(best(optional.map(maxOf), cat.optionalLimit));
    plan = { counted, required, optional, deductions: counted.filter((c) => c.kind === 'deduction'), max };
    plans.set(cat, plan);
  }
  return plan;
}

export function categoryScore(cat: Category, scores: Scores): CategoryScore {
  const plan = planOf(cat);
  if (cat.group === 'deduction') return { code: cat.code, score: sumOf(plan.counted, scores), max: plan.max };
  const answeredOptional = plan.optional.filter((c) => scores.get(c.code) !== undefined && scores.get(c.code)!.status !== 'skipped');
  const bestOptional = best(
    answeredOptional.map((c) => weightedOf(c, scores)),
    cat.optionalLimit,
  );
  const earned = sumOf(plan.required, scores) + sum(bestOptional) - sumOf(plan.deductions, scores);
  return { code: cat.code, score: Math.max(0, earned), max: plan.max };
}

/** The weighted scores of the given items, added up. */
function sumOf(criteria: readonly Criterion[], scores: Scores): number {
  let total = 0;
  for (const c of criteria) total += weightedOf(c, scores);
  return total;
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
