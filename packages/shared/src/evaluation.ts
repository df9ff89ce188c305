import { z } from 'zod';
import { APPRAISAL_GRADES, type AppraisalGrade } from './enums';

// Quantified evaluation of members' post performance (岗位量化评价, domain-rules §6.2): an indicator
// tree (category → indicator) with a data source per indicator, several rater groups with weights,
// and a period. Like a rating catalogue, a template copied into a round is frozen with it, so a past
// score can always be explained by the tree it was given under.

export const INDICATOR_SOURCES = [
  { value: 'automatic', zh: '自动取数', en: 'Automatic' },
  { value: 'manual', zh: '支部录入', en: 'Entered by the branch' },
  { value: 'rated', zh: '评价打分', en: 'Rated' },
] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number]['value'];

/**
 * Who rates. Staff (职工群众) are non-member colleagues and always rate anonymously, through one-time
 * tokens; the other groups sign in. `branch` is the branch committee (支部委员会).
 */
export const RATER_GROUPS = [
  { value: 'self', zh: '个人自评', en: 'Self' },
  { value: 'peer', zh: '党员互评', en: 'Fellow members' },
  { value: 'staff', zh: '职工群众评价', en: 'Staff (anonymous)' },
  { value: 'branch', zh: '支部评价', en: 'Branch committee' },
] as const;
export type RaterGroup = (typeof RATER_GROUPS)[number]['value'];
export const RATER_GROUP_VALUES = RATER_GROUPS.map((g) => g.value) as [RaterGroup, ...RaterGroup[]];

export const EVALUATION_PERIODS = [
  { value: 'quarter', zh: '季度', en: 'Quarter' },
  { value: 'year', zh: '年度', en: 'Year' },
] as const;
export type EvaluationPeriod = (typeof EVALUATION_PERIODS)[number]['value'];

export const INDICATOR_RULE_TYPES = [
  { value: 'threshold', zh: '达标得分', en: 'Threshold' },
  { value: 'linear', zh: '按完成比例得分', en: 'Linear to target' },
  { value: 'steps', zh: '分档得分', en: 'Steps' },
] as const;
export type IndicatorRuleType = (typeof INDICATOR_RULE_TYPES)[number]['value'];

export function raterGroupLabel(group: RaterGroup, lang: 'zh' | 'en' = 'zh'): string {
  return RATER_GROUPS.find((g) => g.value === group)?.[lang] ?? group;
}

/** A group rates with this many raters or more before trimming drops its highest and lowest score. */
export const TRIM_MIN_RATERS = 5;

const code = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[A-Za-z0-9_.-]+$/, 'code');
const title = z.string().trim().min(1).max(200);
const points = z.number().min(0).max(1000);

/**
 * How an automatic indicator turns its metric value into points (kept to three shapes):
 * - threshold: full points when min ≤ value ≤ max (either bound optional), else none;
 * - linear: maxScore × value / target, never above maxScore;
 * - steps: the points of the highest step whose `min` the value reaches (none below every step).
 * Without a rule the metric value is taken as points, clamped to 0..maxScore.
 */
export const zIndicatorRule = z.discriminatedUnion('type', [
  z.object({ type: z.literal('threshold'), min: z.number().optional(), max: z.number().optional() }),
  z.object({ type: z.literal('linear'), target: z.number().positive() }),
  z.object({
    type: z.literal('steps'),
    steps: z
      .array(z.object({ min: z.number(), score: points }))
      .min(1)
      .max(20),
  }),
]);
export type IndicatorRule = z.infer<typeof zIndicatorRule>;

export const zIndicatorMetric = z.object({
  key: z.string().trim().min(1).max(80),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type IndicatorMetric = z.infer<typeof zIndicatorMetric>;

export const zIndicator = z
  .object({
    code,
    title,
    description: z.string().trim().max(2000).optional(),
    maxScore: z.number().positive().max(1000),
    /** Multiplies the indicator's points in its category and in the total (1 unless a template weighs items). */
    weight: z.number().min(0).max(100).default(1),
    source: z.enum(INDICATOR_SOURCES.map((s) => s.value) as [IndicatorSource, ...IndicatorSource[]]),
    metric: zIndicatorMetric.optional(),
    rule: zIndicatorRule.optional(),
    /** Rated indicators only: the groups that rate it; absent means every group the template weighs. */
    raters: z.array(z.enum(RATER_GROUP_VALUES)).min(1).max(4).optional(),
    /**
     * 一票否决: the branch may mark this indicator as triggered for a member (a serious safety
     * incident, a discipline violation…), which vetoes the whole evaluation whatever the points.
     */
    veto: z.boolean().default(false),
  })
  .superRefine((i, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (i.source === 'automatic' && !i.metric) issue('metric', 'an automatic indicator needs a metric');
    if (i.source !== 'automatic' && i.metric) issue('metric', 'only automatic indicators read a metric');
    if (i.source !== 'automatic' && i.rule) issue('rule', 'only automatic indicators have a scoring rule');
    if (i.source !== 'rated' && i.raters) issue('raters', 'only rated indicators have raters');
    if (i.raters && new Set(i.raters).size !== i.raters.length) issue('raters', 'a group is listed twice');
    if (i.rule?.type === 'steps' && i.rule.steps.some((s) => s.score > i.maxScore)) {
      issue('rule', 'a step gives more than the maximum score');
    }
    if (
      i.rule?.type === 'threshold' &&
      i.rule.min !== undefined &&
      i.rule.max !== undefined &&
      i.rule.min > i.rule.max
    ) {
      issue('rule', 'min is above max');
    }
  });
export type Indicator = z.infer<typeof zIndicator>;
export type IndicatorInput = z.input<typeof zIndicator>;

export const zIndicatorCategory = z.object({
  code,
  title,
  description: z.string().trim().max(2000).optional(),
  /**
   * An optional whole-category score next to the indicators (南方电网: each area 10 points, each of its
   * indicators 5). It is scored like an indicator and counts in the category, but is not one of the
   * category's indicators.
   */
  overall: zIndicator.optional(),
  indicators: z.array(zIndicator).min(1).max(100),
});
export type IndicatorCategory = z.infer<typeof zIndicatorCategory>;

const share = z.number().min(0).max(1);

export const zRaterSettings = z.object({
  /** Each group's weight in a rated indicator; groups at 0 do not rate. They must sum to 1. */
  weights: z.object({
    self: share.default(0),
    peer: share.default(0),
    staff: share.default(0),
    branch: share.default(0),
  }),
  /** Drop one highest and one lowest score of a group that has at least TRIM_MIN_RATERS scores. */
  trimExtremes: z.boolean().default(false),
  /** Ask only this many fellow members (a seeded random sample) instead of all of them. */
  peerSample: z.number().int().min(1).max(500).optional(),
});
export type RaterSettings = z.infer<typeof zRaterSettings>;

const grade = z.enum(APPRAISAL_GRADES.values);

/**
 * Grade suggestions for 民主评议 (domain-rules §1.6). The highest band whose `min` the total (0–100)
 * reaches gives the grade; below every band, `floor`; a veto gives `vetoGrade`. Only ever a
 * suggestion: the branch committee or general meeting decides.
 */
export const zAppraisalBands = z.object({
  bands: z
    .array(z.object({ min: z.number().min(0).max(100), grade }))
    .max(4)
    .default([
      { min: 90, grade: 'excellent' },
      { min: 60, grade: 'qualified' },
    ]),
  floor: grade.default('basic'),
  vetoGrade: grade.default('unqualified'),
});
export type AppraisalBands = z.infer<typeof zAppraisalBands>;

const WEIGHT_SUM_TOLERANCE = 1e-6;

export const zIndicatorTemplate = z
  .object({
    code,
    name: z.string().trim().min(1).max(100),
    description: z.string().trim().max(2000).optional(),
    period: z.enum(EVALUATION_PERIODS.map((p) => p.value) as [EvaluationPeriod, ...EvaluationPeriod[]]),
    raters: zRaterSettings,
    appraisal: zAppraisalBands.prefault({}),
    categories: z.array(zIndicatorCategory).min(1).max(20),
  })
  .superRefine((t, ctx) => {
    const w = t.raters.weights;
    const sum = w.self + w.peer + w.staff + w.branch;
    if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
      ctx.addIssue({
        code: 'custom',
        path: ['raters', 'weights'],
        message: `rater weights sum to ${sum}, not 1`,
      });
    }
    const seen = new Set<string>();
    const unique = (c: string) => {
      if (seen.has(c)) ctx.addIssue({ code: 'custom', path: ['categories'], message: `duplicate code ${c}` });
      seen.add(c);
    };
    for (const cat of t.categories) {
      unique(cat.code);
      for (const i of itemsOfCategory(cat)) {
        unique(i.code);
        for (const g of i.raters ?? []) {
          if (w[g] === 0) {
            ctx.addIssue({
              code: 'custom',
              path: ['categories'],
              message: `${i.code}: group ${g} has no weight`,
            });
          }
        }
      }
    }
  });
export type IndicatorTemplate = z.infer<typeof zIndicatorTemplate>;
/** What an editor or an import sends: defaults (weights 0, veto false, standard bands) may be left out. */
export type IndicatorTemplateInput = z.input<typeof zIndicatorTemplate>;

function itemsOfCategory(cat: IndicatorCategory): Indicator[] {
  return cat.overall ? [cat.overall, ...cat.indicators] : cat.indicators;
}

/** An indicator with its category; `overall` marks a category's whole-category score. */
export type ScoredItem = Readonly<Indicator & { categoryCode: string; overall: boolean }>;

const flattened = new WeakMap<IndicatorTemplate, readonly ScoredItem[]>();

/**
 * Everything that earns points, in template order (each category's overall score first, then its
 * indicators). Built once per template object and shared: never mutate it.
 */
export function scoredItemsOf(template: IndicatorTemplate): readonly ScoredItem[] {
  let list = flattened.get(template);
  if (!list) {
    list = template.categories.flatMap((cat) => [
      ...(cat.overall ? [{ ...cat.overall, categoryCode: cat.code, overall: true }] : []),
      ...cat.indicators.map((i) => ({ ...i, categoryCode: cat.code, overall: false })),
    ]);
    flattened.set(template, list);
  }
  return list;
}

/** The groups the template weighs (weight above 0), in RATER_GROUPS order. */
export function activeRaterGroups(template: IndicatorTemplate): RaterGroup[] {
  return RATER_GROUP_VALUES.filter((g) => template.raters.weights[g] > 0);
}

/** The groups that rate one indicator: its own list, or every weighed group; none unless it is rated. */
export function ratersOf(template: IndicatorTemplate, indicator: Indicator): RaterGroup[] {
  if (indicator.source !== 'rated') return [];
  const own = indicator.raters;
  const active = activeRaterGroups(template);
  return own ? active.filter((g) => own.includes(g)) : active;
}

/** A url-safe one-time rating token: 32 random bytes in base64url (43 characters). */
export const zRatingToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'token');

/** One rater's submission: points per indicator code, each on that indicator's own scale. */
export const zRatingSheetInput = z.object({
  scores: z.record(code, points),
});
export type RatingSheetInput = z.infer<typeof zRatingSheetInput>;

/**
 * Error codes of the anonymous rating link, in the shape of ERRORS entries (status, zh, en) so that
 * they can be registered there. The client shows the message on the rating page.
 */
export const RATING_TOKEN_ERRORS = {
  RATING_TOKEN_UNKNOWN: {
    status: 404,
    zh: '评价链接无效，请核对链接或二维码',
    en: 'This rating link is not valid',
  },
  RATING_TOKEN_USED: {
    status: 409,
    zh: '该评价链接已使用，每个链接只能提交一次',
    en: 'This rating link has already been used',
  },
  RATING_TOKEN_EXPIRED: {
    status: 409,
    zh: '评价已截止，该链接已过期',
    en: 'The rating has closed; this link has expired',
  },
  RATING_TOKEN_REVOKED: { status: 409, zh: '该评价链接已被收回', en: 'This rating link has been withdrawn' },
} as const;
export type RatingTokenErrorCode = keyof typeof RATING_TOKEN_ERRORS;

/** The grade suggested for 民主评议; `suggestion: true` always, because the branch decides. */
export type AppraisalSuggestion = {
  suggestion: true;
  grade: AppraisalGrade;
  label: { zh: string; en: string };
  cause: 'veto' | 'band' | 'floor';
  reason: { zh: string; en: string };
  notes: { zh: string; en: string }[];
};
