import type { Category, Criterion } from '@zhibu/shared';
import type { ScoreSheet } from './types';

// The points of one category. In a base, bonus or evaluation category the gains count less any
// deduction items inside it (a deduction listed under 组织生活 subtracts there), never below 0;
// of the optional items (自选题) the branch answered, only the best `optionalLimit` count.
// A deduction-group category holds the positive amount the formula subtracts, so everything in it
// adds up, and its maximum is the most it can take off. Vetoes never carry points.

/**
 * What does not depend on the org: the positions of the category's items (counted from its first
 * item in the sheet) sorted by how they count, and its maximum.
 */
type Plan = { counted: number[]; required: number[]; optional: number[]; deductions: number[]; max: number };

// Worked out once per category object: an evaluation scores thousands of orgs against the same one.
const plans = new WeakMap<Category, Plan>();

function planOf(cat: Category): Plan {
  let plan = plans.get(cat);
  if (!plan) {
    const at = (keep: (c: Criterion) => boolean) => cat.criteria.flatMap((c, i) => (keep(c) ? [i] : []));
    const counted = at((c) => c.kind !== 'veto');
    const required = at((c) => isGain(c) && c.required);
    const optional = at((c) => isGain(c) && !c.required);
    const maxAt = (positions: number[]) => positions.map((i) => maxOf(cat.criteria[i]!));
    const max = cat.group === 'deduction' ? sum(maxAt(counted)) : sum(maxAt(required)) + sum(best(maxAt(optional), cat.optionalLimit));
    plan = { counted, required, optional, deductions: at((c) => c.kind === 'deduction'), max };
    plans.set(cat, plan);
  }
  return plan;
}

function isGain(c: Criterion): boolean {
  return c.kind !== 'veto' && c.kind !== 'deduction';
}

/** The category's exact points; `first` is the position of its first item in the sheet. */
export function categoryPoints(cat: Category, sheet: ScoreSheet, first: number): number {
  const plan = planOf(cat);
  if (cat.group === 'deduction') return sumAt(plan.counted, sheet, first);
  const earned = sumAt(plan.required, sheet, first) + bestOptional(plan.optional, sheet, first, cat.optionalLimit) - sumAt(plan.deductions, sheet, first);
  return Math.max(0, earned);
}

export function categoryMax(cat: Category): number {
  return planOf(cat).max;
}

function sumAt(positions: readonly number[], sheet: ScoreSheet, first: number): number {
  let total = 0;
  for (const i of positions) total += sheet.weighted[first + i]!;
  return total;
}

/** The answered optional items that count: the best `limit` of them, added up from the highest. */
function bestOptional(positions: readonly number[], sheet: ScoreSheet, first: number, limit: number | undefined): number {
  if (positions.length === 0) return 0;
  const answered: number[] = [];
  for (const i of positions) if (sheet.statuses[first + i] !== 'skipped') answered.push(sheet.weighted[first + i]!);
  answered.sort((a, b) => b - a);
  const counted = Math.min(limit ?? answered.length, answered.length);
  let total = 0;
  for (let k = 0; k < counted; k++) total += answered[k]!;
  return total;
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
