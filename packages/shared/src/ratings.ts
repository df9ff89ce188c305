import { z } from 'zod';
import { ORG_TYPES } from './enums';

// The data model of a rating catalogue (scheme version). A published version is frozen: it is stored as
// one validated document, so what a past result was judged against can always be shown as it was.

export const SCHEME_KINDS = [
  { value: 'star', zh: '星级评定', en: 'Star rating' },
  { value: 'target', zh: '目标考核', en: 'Target assessment' },
  { value: 'grading', zh: '分类定级', en: 'Classification grading' },
] as const;
export type SchemeKind = (typeof SCHEME_KINDS)[number]['value'];

export const CRITERION_KINDS = [
  { value: 'metric', zh: '自动计算', en: 'Automatic metric' },
  { value: 'evidence', zh: '佐证材料审核', en: 'Evidence reviewed' },
  { value: 'review', zh: '评审打分', en: 'Reviewer score' },
  { value: 'deduction', zh: '扣分项', en: 'Deduction' },
  { value: 'veto', zh: '一票否决', en: 'Veto' },
] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number]['value'];

/** How a category's points enter the composite formula. */
export const CATEGORY_GROUPS = ['base', 'bonus', 'deduction', 'evaluation'] as const;
export type CategoryGroup = (typeof CATEGORY_GROUPS)[number];

const code = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[A-Za-z0-9_.-]+$/, 'code');
const title = z.string().trim().min(1).max(200);
const score = z.number().min(0).max(1000);

/**
 * Scoring rules turn a metric value into points (domain-rules §8):
 * - threshold: full points when min ≤ value ≤ max, else none;
 * - linear: points grow with value up to `target`, capped at `cap` × max score (default 1);
 * - steps: the points of the highest step whose `min` the value reaches;
 * - per_missing: full points less `perMissing` for each occurrence short of `target`;
 * - per_occurrence: (deductions) `per` points for each occurrence, up to the max score.
 */
export const zScoringRule = z.discriminatedUnion('type', [
  z.object({ type: z.literal('threshold'), min: z.number().optional(), max: z.number().optional() }),
  z.object({ type: z.literal('linear'), target: z.number().positive(), cap: z.number().min(0).max(10).optional() }),
  z.object({
    type: z.literal('steps'),
    steps: z.array(z.object({ min: z.number(), score })).min(1).max(20),
  }),
  z.object({ type: z.literal('per_missing'), target: z.number().min(0), perMissing: z.number().positive() }),
  z.object({ type: z.literal('per_occurrence'), per: z.number().positive() }),
]);
export type ScoringRule = z.infer<typeof zScoringRule>;

export const zMetricRef = z.object({
  key: z.string().trim().min(1).max(80),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type MetricRef = z.infer<typeof zMetricRef>;

export const zCriterion = z
  .object({
    code,
    title,
    description: z.string().trim().max(2000).optional(),
    maxScore: score,
    /** Multiplies the points the criterion contributes to its category (1 unless a scheme weighs items). */
    weight: z.number().min(0).max(100).default(1),
    kind: z.enum(CRITERION_KINDS.map((k) => k.value) as [CriterionKind, ...CriterionKind[]]),
    /** 必答题 (true) or 自选题 (false): an optional item counts only when the branch chose to answer it. */
    required: z.boolean().default(true),
    /** Lowest star level this hard criterion gates (cumulative: a 4★ branch also meets the 3★ set). */
    hardFromStar: z.number().int().min(1).max(5).nullable().default(null),
    metric: zMetricRef.optional(),
    rule: zScoringRule.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'metric' && (!c.metric || !c.rule)) ctx.addIssue({ code: 'custom', path: ['metric'], message: 'metric criteria need a metric and a rule' });
    if (c.kind === 'veto' && c.hardFromStar !== null) ctx.addIssue({ code: 'custom', path: ['hardFromStar'], message: 'a veto applies to every level' });
    if (c.kind === 'deduction' && c.metric && !c.rule) {
      ctx.addIssue({ code: 'custom', path: ['rule'], message: 'an automatic deduction needs a rule' });
    }
  });
export type Criterion = z.infer<typeof zCriterion>;

export const zCategory = z.object({
  code,
  title,
  description: z.string().trim().max(2000).optional(),
  group: z.enum(CATEGORY_GROUPS).default('base'),
  /** At most this many answered optional items count (the best ones); none means all. */
  optionalLimit: z.number().int().min(0).max(100).optional(),
  criteria: z.array(zCriterion).min(1).max(200),
});
export type Category = z.infer<typeof zCategory>;

export const zLevelConfig = z.object({
  /** Every level a result can take, lowest first, with its label (未定星, 三星, … or 较差 … 好). */
  labels: z.array(z.object({ level: z.number().int().min(0).max(10), zh: z.string().min(1), en: z.string().min(1) })).min(1),
  /** Score bands, any order: the highest band whose `min` the total reaches gives the level. */
  bands: z.array(z.object({ min: z.number(), level: z.number().int().min(0).max(10) })).default([]),
  /** The level when no band is reached (and after a veto unless `vetoLevel` says otherwise). */
  floor: z.number().int().min(0).max(10),
  vetoLevel: z.number().int().min(0).max(10).optional(),
  /** Shares of the rated orgs a level may hold at most (5★ ≤ 30%). Ties at the cut all move down. */
  quotas: z.array(z.object({ level: z.number().int().min(0).max(10), maxShare: z.number().min(0).max(1) })).default([]),
  /** At most one level above last period's published level, unless a recorded override (破格). */
  oneStepUp: z.boolean().default(false),
});
export type LevelConfig = z.infer<typeof zLevelConfig>;

export const zSchemeDefinition = z
  .object({
    /** Composite formula over group totals (base, bonus, deduction, evaluation) and category codes. */
    formula: z.string().trim().min(1).max(500).default('base + bonus - deduction + evaluation'),
    categories: z.array(zCategory).min(1).max(50),
    levels: zLevelConfig.optional(),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    for (const cat of d.categories) {
      if (seen.has(cat.code)) ctx.addIssue({ code: 'custom', path: ['categories'], message: `duplicate code ${cat.code}` });
      seen.add(cat.code);
      for (const c of cat.criteria) {
        if (seen.has(c.code)) ctx.addIssue({ code: 'custom', path: ['categories'], message: `duplicate code ${c.code}` });
        seen.add(c.code);
      }
    }
  });
export type SchemeDefinition = z.infer<typeof zSchemeDefinition>;
export type SchemeDefinitionInput = z.input<typeof zSchemeDefinition>;

export const zSchemeHeader = z.object({
  code,
  name: z.string().trim().min(1).max(100),
  kind: z.enum(SCHEME_KINDS.map((k) => k.value) as [SchemeKind, ...SchemeKind[]]),
  period: z.enum(['year', 'quarter']),
  orgTypes: z.array(z.enum(ORG_TYPES.values)).min(1),
});
export type SchemeHeader = z.infer<typeof zSchemeHeader>;

/** A catalogue as exported and imported (JSON or .xlsx): the header and one version's definition. */
export const zCatalogue = zSchemeHeader.extend({ definition: zSchemeDefinition });
export type Catalogue = z.infer<typeof zCatalogue>;

export type CriterionWithCategory = Readonly<Criterion & { categoryCode: string }>;
const flattened = new WeakMap<SchemeDefinition, readonly CriterionWithCategory[]>();

/**
 * All criteria of a definition with their category, in catalogue order. Evaluations ask for this once
 * per org, so the list is built once per definition object and shared (never mutate it).
 */
export function criteriaOf(def: SchemeDefinition): readonly CriterionWithCategory[] {
  let list = flattened.get(def);
  if (!list) {
    list = def.categories.flatMap((cat) => cat.criteria.map((c) => ({ ...c, categoryCode: cat.code })));
    flattened.set(def, list);
  }
  return list;
}

export function levelLabel(levels: LevelConfig | undefined, level: number | null, lang: 'zh' | 'en' = 'zh'): string {
  if (level === null || !levels) return '';
  return levels.labels.find((l) => l.level === level)?.[lang] ?? String(level);
}
