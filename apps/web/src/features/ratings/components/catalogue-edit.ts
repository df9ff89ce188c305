import type { Criterion, SchemeDefinition } from '@zhibu/shared';

/** What the inline editor may change on a criterion. */
export type CriterionPatch = Partial<Pick<Criterion, 'title' | 'maxScore' | 'required' | 'hardFromStar'>>;

/** A copy of the definition with one criterion changed; the rest is shared, not cloned. */
export function patchCriterion(def: SchemeDefinition, code: string, patch: CriterionPatch): SchemeDefinition {
  return {
    ...def,
    categories: def.categories.map((cat) =>
      cat.criteria.some((c) => c.code === code)
        ? { ...cat, criteria: cat.criteria.map((c) => (c.code === code ? { ...c, ...patch } : c)) }
        : cat,
    ),
  };
}

/** The sum of the full marks of a category's criteria that add points (not deductions or vetoes). */
export function categoryMax(cat: SchemeDefinition['categories'][number]): number {
  return cat.criteria
    .filter((c) => c.kind !== 'deduction' && c.kind !== 'veto')
    .reduce((s, c) => s + c.maxScore * c.weight, 0);
}
