import {
  zCriterion,
  zLevelConfig,
  zSchemeDefinition,
  type Criterion,
  type LevelConfig,
  type SchemeDefinition,
  type SchemeDefinitionInput,
} from '@zhibu/shared';
import type { z } from 'zod';
import type { CriterionScore } from './types';

// Catalogue pieces for the rule tests, built through the shared schemas so defaults match production.

export function criterion(input: Partial<z.input<typeof zCriterion>>): Criterion {
  return zCriterion.parse({
    code: 'X1',
    title: '测试指标',
    maxScore: 10,
    kind: 'metric',
    metric: { key: 'test.metric' },
    rule: { type: 'threshold', min: 1 },
    ...input,
  });
}

export function scheme(input: SchemeDefinitionInput): SchemeDefinition {
  return zSchemeDefinition.parse(input);
}

export function levelConfig(input: z.input<typeof zLevelConfig>): LevelConfig {
  return zLevelConfig.parse(input);
}

export function scored(
  code: string,
  weighted: number,
  status: CriterionScore['status'] = 'pass',
): CriterionScore {
  return {
    code,
    value: null,
    score: weighted,
    weighted,
    status,
    explanation: { zh: '', en: '' },
    sourceIds: [],
  };
}

/** 未定星 and three stars, the shape of the tenant's 3★/4★/5★ standard. */
export const STAR_LABELS = [
  { level: 0, zh: '未定星', en: 'No star' },
  { level: 3, zh: '三星', en: '3 stars' },
  { level: 4, zh: '四星', en: '4 stars' },
  { level: 5, zh: '五星', en: '5 stars' },
];

export const FIVE_STAR_LABELS = [1, 2, 3, 4, 5].map((level) => ({
  level,
  zh: `${level}星`,
  en: `${level} stars`,
}));

/** The 2012 central grading: 好 / 较好 / 一般 / 较差. */
export const GRADING_LABELS = [
  { level: 1, zh: '较差', en: 'Poor' },
  { level: 2, zh: '一般', en: 'Fair' },
  { level: 3, zh: '较好', en: 'Good' },
  { level: 4, zh: '好', en: 'Excellent' },
];
