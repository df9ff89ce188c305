import type { Category, Criterion, SchemeDefinition } from '@zhibu/shared';
import { categoryMax } from './catalogue-edit';

export type CatalogueRow =
  | { key: string; type: 'category'; category: Category; max: number; children: CatalogueRow[] }
  | { key: string; type: 'criterion'; criterion: Criterion };

/** The catalogue as a tree table: categories with their criteria as children. */
export function catalogueRows(def: SchemeDefinition): CatalogueRow[] {
  return def.categories.map((cat) => ({
    key: `cat:${cat.code}`,
    type: 'category',
    category: cat,
    max: categoryMax(cat),
    children: cat.criteria.map((c) => ({ key: c.code, type: 'criterion', criterion: c })),
  }));
}
