import { criteriaOf, type Criterion, type SchemeDefinition, type ScoringRule } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../platform/seeded-random';
import { BUILTIN_TEMPLATES } from '../templates';
import { evaluateOrg } from './evaluate-org';
import { FIVE_STAR_LABELS, STAR_LABELS, scheme } from './fixtures';
import { MIDDLING, PERFECT, SAMPLE, inputsOf } from './sample-scheme';
import { scoreOrg } from './score-org';
import type { CriterionInput } from './types';

// `scoreOrg` is what a round stores; `evaluateOrg` is what the result page shows. They must agree on
// every figure a round keeps, for every catalogue and every kind of answer, so the inputs here are
// drawn at random (from fixed seeds, to be reproducible) across each rule's range.

type Inputs = (code: string) => CriterionInput;

/** The value at which a rule is just met, so that draws land below, on and above it. */
function targetOf(rule: ScoringRule): number {
  switch (rule.type) {
    case 'threshold':
      return rule.min ?? rule.max ?? 1;
    case 'linear':
    case 'per_missing':
      return rule.target;
    case 'steps':
      return Math.max(...rule.steps.map((s) => s.min));
    case 'per_occurrence':
      return 3;
  }
}

function pick<T>(rnd: () => number, options: readonly T[]): T {
  return options[Math.floor(rnd() * options.length)]!;
}

function metricValue(rnd: () => number, target: number): number {
  return pick(rnd, [0, target, target * 0.5, target * 1.5, Math.round(rnd() * target * 200) / 100, -1]);
}

function randomInput(c: Criterion, rnd: () => number): CriterionInput {
  // A required item ignores `answered: false`, so it is drawn for every item.
  const answered = rnd() < 0.75;
  const measured = c.rule !== undefined || c.metric !== undefined;
  if (measured && rnd() < 0.9) {
    return {
      answered,
      metric: { value: metricValue(rnd, c.rule ? targetOf(c.rule) : 1), sourceIds: [] },
      unit: 'count',
    };
  }
  if (rnd() < 0.15) return { answered };
  const score = pick(rnd, [
    null,
    0,
    c.maxScore,
    c.maxScore * 0.6,
    c.maxScore * 0.59,
    c.maxScore + 5,
    Math.round(rnd() * c.maxScore * 10) / 10,
  ]);
  const pass = pick(rnd, [null, true, false]);
  const triggered = pick(rnd, [null, false, true, undefined]);
  return { answered, review: triggered === undefined ? { score, pass } : { score, pass, triggered } };
}

function randomInputs(def: SchemeDefinition, seed: number): Inputs {
  const rnd = mulberry32(seed);
  const byCode = new Map(criteriaOf(def).map((c) => [c.code, randomInput(c, rnd)]));
  return (code) => byCode.get(code) ?? { answered: true };
}

/** Every rule type, weights, optional limits, deductions inside a base category, reviewed deductions, vetoes by metric and an optional veto. */
const EVERY_FEATURE = scheme({
  formula: 'max(base + bonus - deduction, 0) * 0.8 + evaluation * 0.2 + min(B, 5) / 10',
  categories: [
    {
      code: 'A',
      title: '基础',
      optionalLimit: 2,
      criteria: [
        {
          code: 'A1',
          title: '阶梯',
          maxScore: 10,
          kind: 'metric',
          hardFromStar: 3,
          metric: { key: 'm' },
          rule: {
            type: 'steps',
            steps: [
              { min: 2, score: 4 },
              { min: 5, score: 10 },
              { min: 0, score: 1 },
            ],
          },
        },
        {
          code: 'A2',
          title: '线性封顶',
          maxScore: 10,
          weight: 1.5,
          kind: 'metric',
          hardFromStar: 4,
          metric: { key: 'm' },
          rule: { type: 'linear', target: 0.9, cap: 1.2 },
        },
        {
          code: 'A3',
          title: '区间',
          maxScore: 5,
          kind: 'metric',
          metric: { key: 'm' },
          rule: { type: 'threshold', min: 2, max: 6 },
        },
        { code: 'A4', title: '自选一', maxScore: 6, kind: 'evidence', required: false, hardFromStar: 5 },
        { code: 'A5', title: '自选二', maxScore: 4, kind: 'review', required: false },
        {
          code: 'A6',
          title: '自选三',
          maxScore: 8,
          weight: 0.5,
          kind: 'metric',
          required: false,
          metric: { key: 'm' },
          rule: { type: 'per_missing', target: 4, perMissing: 1.5 },
        },
        {
          code: 'A7',
          title: '类内扣分',
          maxScore: 6,
          kind: 'deduction',
          metric: { key: 'm' },
          rule: { type: 'per_occurrence', per: 2 },
        },
        { code: 'A8', title: '评审扣分', maxScore: 5, kind: 'deduction' },
      ],
    },
    {
      code: 'B',
      title: '加分',
      group: 'bonus',
      criteria: [
        {
          code: 'B1',
          title: '稿件',
          maxScore: 5,
          kind: 'metric',
          metric: { key: 'm' },
          rule: { type: 'per_occurrence', per: 1 },
        },
      ],
    },
    {
      code: 'D',
      title: '负面清单',
      group: 'deduction',
      criteria: [
        {
          code: 'D1',
          title: '违纪',
          maxScore: 10,
          kind: 'deduction',
          metric: { key: 'm' },
          rule: { type: 'per_occurrence', per: 3 },
        },
        { code: 'D2', title: '否决（指标）', maxScore: 0, kind: 'veto', metric: { key: 'm' } },
        { code: 'D3', title: '否决（自选评审）', maxScore: 0, kind: 'veto', required: false },
      ],
    },
    {
      code: 'E',
      title: '评价',
      group: 'evaluation',
      criteria: [{ code: 'E1', title: '满意度', maxScore: 100, kind: 'review', hardFromStar: 3 }],
    },
  ],
  levels: {
    labels: FIVE_STAR_LABELS,
    bands: [
      { min: 30, level: 2 },
      { min: 60, level: 4 },
      { min: 45, level: 3 },
    ],
    floor: 1,
    vetoLevel: 1,
  },
});

const variants: [string, SchemeDefinition][] = [
  ['every feature', EVERY_FEATURE],
  ['every feature, no levels', { ...EVERY_FEATURE, levels: undefined }],
  [
    'every feature, hard sets only',
    { ...EVERY_FEATURE, levels: { labels: STAR_LABELS, bands: [], floor: 0, quotas: [], oneStepUp: false } },
  ],
];

const SEEDS = [1, 2, 3, 5, 8, 13, 21, 34];

const cases: [string, SchemeDefinition, Inputs][] = [
  ['sample scheme, perfect', SAMPLE, inputsOf(PERFECT)],
  ['sample scheme, middling', SAMPLE, inputsOf(MIDDLING)],
  ['sample scheme, nothing answered', SAMPLE, () => ({ answered: false })],
  ...[
    ...BUILTIN_TEMPLATES.map((t): [string, SchemeDefinition] => [t.key, t.catalogue.definition]),
    ['sample scheme', SAMPLE] as [string, SchemeDefinition],
    ...variants,
  ].flatMap(([name, def]) =>
    SEEDS.map((seed): [string, SchemeDefinition, Inputs] => [
      `${name}, seed ${seed}`,
      def,
      randomInputs(def, seed),
    ]),
  ),
];

describe('scoreOrg', () => {
  it.each(cases)('agrees with evaluateOrg: %s', (_name, def, inputs) => {
    const e = evaluateOrg(def, inputs, { explain: false });
    expect(scoreOrg(def, inputs)).toEqual({
      total: e.total,
      categories: e.categories,
      groups: e.groups,
      level: e.level,
      bandLevel: e.bandLevel,
      hardCap: e.hardCap,
      vetoedBy: e.vetoedBy,
    });
  });

  it('draws inputs that reach every status, a veto and a hard cap', () => {
    const seen = new Set<string>();
    for (const [, def, inputs] of cases) {
      const e = evaluateOrg(def, inputs, { explain: false });
      for (const c of e.criteria) seen.add(c.status);
      if (e.vetoedBy.length > 0) seen.add('vetoed');
      if (e.hardCap !== null) seen.add('capped');
    }
    expect([...seen].sort()).toEqual(['capped', 'fail', 'pass', 'pending', 'skipped', 'vetoed']);
  });
});
