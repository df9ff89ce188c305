import type { ScoringRule } from '@zhibu/shared';

// Turns a metric value into points under one scoring rule (domain-rules §8). `pass` is the rule's own
// idea of "met", used for hard items and the status badge:
// - threshold, linear, per_missing: the value reaches the target or range;
// - steps: the highest step (the one with the largest `min`) is reached — a lower step earns points
//   but does not meet the item;
// - per_occurrence: as a deduction, no occurrence at all; as a gain (a bonus item counting awards,
//   accepted manuscripts…), at least one occurrence.
// Linear scores may exceed maxScore when the rule's `cap` is above 1: that is what a cap is for.

export type RuleResult = { score: number; pass: boolean };

export function applyRule(
  rule: ScoringRule,
  value: number,
  maxScore: number,
  asDeduction = false,
): RuleResult {
  switch (rule.type) {
    case 'threshold': {
      const pass =
        (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max);
      return { score: pass ? maxScore : 0, pass };
    }
    case 'linear': {
      const share = Math.min(Math.max(0, value) / rule.target, rule.cap ?? 1);
      return { score: maxScore * share, pass: value >= rule.target };
    }
    case 'steps': {
      const reached = rule.steps.filter((s) => s.min <= value).sort((a, b) => b.min - a.min)[0];
      const topMin = Math.max(...rule.steps.map((s) => s.min));
      return { score: clamp(reached?.score ?? 0, 0, maxScore), pass: value >= topMin };
    }
    case 'per_missing': {
      const short = occurrencesShort(rule.target, value);
      return { score: Math.max(0, maxScore - rule.perMissing * short), pass: value >= rule.target };
    }
    case 'per_occurrence': {
      const score = Math.min(maxScore, rule.per * Math.max(0, value));
      return { score, pass: asDeduction ? value === 0 : value > 0 };
    }
  }
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** Whole occurrences still missing to reach `target`; the tolerance keeps float noise (1.1 − 0.1 = 1.0000000000000002) from counting 2. */
export function occurrencesShort(target: number, value: number): number {
  return Math.max(0, Math.ceil(target - value - 1e-9));
}
