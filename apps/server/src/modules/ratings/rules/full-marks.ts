import type { ScoringRule } from '@zhibu/shared';
import { clamp, occurrencesShort } from './apply-rule';

// How much more of a metric earns the most a rule gives. Only "more" is advice a branch can act on
// this period: a value above a threshold's maximum (days a post stayed vacant, days a term overran)
// cannot be undone by adding records, so such a gap has no answer here.

export type FullMarks = { needed: number; fullScore: number };

export function toFullMarks(rule: ScoringRule, value: number, maxScore: number): FullMarks | null {
  switch (rule.type) {
    case 'threshold':
      if (rule.max !== undefined && value > rule.max) return null;
      return { needed: rule.min === undefined ? 0 : Math.max(0, rule.min - value), fullScore: maxScore };
    case 'linear': {
      const share = rule.cap ?? 1;
      return { needed: Math.max(0, rule.target * share - value), fullScore: maxScore * share };
    }
    case 'steps': {
      const top = [...rule.steps].sort((a, b) => b.min - a.min)[0]!;
      return { needed: Math.max(0, top.min - value), fullScore: clamp(top.score, 0, maxScore) };
    }
    case 'per_missing':
      return { needed: occurrencesShort(rule.target, value), fullScore: maxScore };
    case 'per_occurrence':
      return null;
  }
}
