import { CATEGORY_GROUPS, type SchemeDefinition } from '@zhibu/shared';
import { categoryMax, categoryPoints } from './category-score';
import { compileFormula, type CompiledFormula } from './formula';
import { round2 } from './round';
import type {
  CategoryScore,
  CriterionScore,
  CriterionStatus,
  GroupSums,
  SchemeTotal,
  ScoreSheet,
} from './types';

// The composite total: category points summed by group, then the scheme's formula over the group
// sums and every category code. A category coded like a group ("base") is shadowed by the group.
// Category and group figures are shown to two decimals; the formula works on the exact values so
// that rounding happens once, at the end.

export function formulaNames(def: SchemeDefinition): string[] {
  return [...CATEGORY_GROUPS, ...def.categories.map((c) => c.code)];
}

/** The compiled formula, and where each category's items start in a score sheet. */
type Plan = { formula: CompiledFormula; firsts: number[] };

// Worked out once per definition object: an evaluation totals thousands of orgs with the same formula.
const plans = new WeakMap<SchemeDefinition, Plan>();

function planOf(def: SchemeDefinition): Plan {
  let plan = plans.get(def);
  if (!plan) {
    const firsts: number[] = [];
    let first = 0;
    for (const cat of def.categories) {
      firsts.push(first);
      first += cat.criteria.length;
    }
    plan = { formula: compileFormula(def.formula, formulaNames(def)), firsts };
    plans.set(def, plan);
  }
  return plan;
}

/** The total from scores by code; an item missing from them counts as unanswered. */
export function totalOf(def: SchemeDefinition, scores: ReadonlyMap<string, CriterionScore>): SchemeTotal {
  const weighted: number[] = [];
  const statuses: CriterionStatus[] = [];
  for (const cat of def.categories) {
    for (const c of cat.criteria) {
      const s = scores.get(c.code);
      weighted.push(s?.weighted ?? 0);
      statuses.push(s?.status ?? 'skipped');
    }
  }
  return totalOfSheet(def, { weighted, statuses });
}

export function totalOfSheet(def: SchemeDefinition, sheet: ScoreSheet): SchemeTotal {
  const { formula, firsts } = planOf(def);
  if (!formula.ok) throw new Error(`invalid composite formula "${def.formula}": ${formula.error.en}`);
  const categories: CategoryScore[] = [];
  const groups: GroupSums = { base: 0, bonus: 0, deduction: 0, evaluation: 0 };
  const vars: Record<string, number> = {};
  for (let k = 0; k < def.categories.length; k++) {
    const cat = def.categories[k]!;
    const score = categoryPoints(cat, sheet, firsts[k]!);
    groups[cat.group] += score;
    vars[cat.code] = score;
    categories.push({ code: cat.code, score: round2(score), max: round2(categoryMax(cat)) });
  }
  Object.assign(vars, groups);

  return {
    categories,
    groups: {
      base: round2(groups.base),
      bonus: round2(groups.bonus),
      deduction: round2(groups.deduction),
      evaluation: round2(groups.evaluation),
    },
    total: round2(formula.evaluate(vars)),
  };
}
