import { CATEGORY_GROUPS, type SchemeDefinition } from '@zhibu/shared';
import { categoryScore } from './category-score';
import { compileFormula } from './formula';
import { round2 } from './round';
import type { CriterionScore, GroupSums, SchemeTotal } from './types';

// The composite total: category points summed by group, then the scheme's formula over the group
// sums and every category code. A category coded like a group ("base") is shadowed by the group.
// Category and group figures are shown to two decimals; the formula works on the exact values so
// that rounding happens once, at the end.

export function formulaNames(def: SchemeDefinition): string[] {
  return [...CATEGORY_GROUPS, ...def.categories.map((c) => c.code)];
}

// Compiled once per definition object: an evaluation totals thousands of orgs with the same formula.
const compiled = new WeakMap<SchemeDefinition, ReturnType<typeof compileFormula>>();

function formulaOf(def: SchemeDefinition) {
  let f = compiled.get(def);
  if (!f) {
    f = compileFormula(def.formula, formulaNames(def));
    compiled.set(def, f);
  }
  return f;
}

export function totalOf(def: SchemeDefinition, scores: ReadonlyMap<string, CriterionScore>): SchemeTotal {
  const exact = def.categories.map((cat) => ({ group: cat.group, ...categoryScore(cat, scores) }));
  const groups: GroupSums = { base: 0, bonus: 0, deduction: 0, evaluation: 0 };
  for (const c of exact) groups[c.group] += c.score;

  const formula = formulaOf(def);
  if (!formula.ok) throw new Error(`invalid composite formula "${def.formula}": ${formula.error.en}`);
  const vars: Record<string, number> = {};
  for (const c of exact) vars[c.code] = c.score;
  Object.assign(vars, groups);

  return {
    categories: exact.map((c) => ({ code: c.code, score: round2(c.score), max: round2(c.max) })),
    groups: {
      base: round2(groups.base),
      bonus: round2(groups.bonus),
      deduction: round2(groups.deduction),
      evaluation: round2(groups.evaluation),
    },
    total: round2(formula.evaluate(vars)),
  };
}
