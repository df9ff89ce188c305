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
  return { score: ruleScore(rule, value, maxScore), pass: rulePasses(rule, value, asDeduction) };
}

// The two halves apart, so that scoring a whole population needs no result object per item.

export function ruleScore(rule: ScoringRule, value: number, maxScore: number): number {
  switch (rule.type) {
    case 'threshold':
      return withinThreshold(rule, value) ? maxScore : 0;
    case 'linear':
      return maxScore * Math.min(Math.max(0, value) / rule.target, rule.cap ?? 1);
    case 'steps':
      return clamp(stepReached(rule.steps, value)?.score ?? 0, 0, maxScore);
    case 'per_missing':
      return Math.max(0, maxScore - rule.perMissing * occurrencesShort(rule.target, value));
    case 'per_occurrence':
      return Math.min(maxScore, rule.per * Math.max(0, value));
  }
}

export function rulePasses(rule: ScoringRule, value: number, asDeduction = false): boolean {
  switch (rule.type) {
    case 'threshold':
      return withinThreshold(rule, value);
    case 'linear':
    case 'per_missing':
      return value >= rule.target;
    case 'steps':
      return value >= topStepMin(rule.steps);
    case 'per_occurrence':
      return asDeduction ? value === 0 : value > 0;
  }
}

function withinThreshold(rule: ScoringRule & { type: 'threshold' }, value: number): boolean {
  return (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max);
}

type Step = { min: number; score: number };

/** The step with the largest `min` the value reaches; of equal ones, the first listed. */
function stepReached(steps: readonly Step[], value: number): Step | undefined {
  let reached: Step | undefined;
  for (const s of steps) if (s.min <= value && (reached === undefined || s.min > reached.min)) reached = s;
  return reached;
}

function topStepMin(steps: readonly Step[]): number {
  let top = -Infinity;
  for (const s of steps) top = Math.max(top, s.min);
  return top;
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** Whole occurrences still missing to reach `target`; the tolerance keeps float noise (1.1 − 0.1 = 1.0000000000000002) from counting 2. */
export function occurrencesShort(target: number, value: number): number {
  return Math.max(0, Math.ceil(target - value - 1e-9));
}
