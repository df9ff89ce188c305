import type { IndicatorRule } from '@zhibu/shared';
import { clamp } from './round';

// Turns an automatic indicator's metric value into points. Without a rule the value already is the
// points (a module that computes, say, training points per member), so it is only clamped.

export function applyIndicatorRule(rule: IndicatorRule | undefined, value: number, maxScore: number): number {
  if (!rule) return clamp(value, 0, maxScore);
  switch (rule.type) {
    case 'threshold': {
      const met =
        (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max);
      return met ? maxScore : 0;
    }
    case 'linear':
      return maxScore * clamp(value / rule.target, 0, 1);
    case 'steps': {
      const reached = rule.steps.filter((s) => s.min <= value).sort((a, b) => b.min - a.min)[0];
      return clamp(reached?.score ?? 0, 0, maxScore);
    }
  }
}

/** The rule's target in words, for explanations ("目标 ≥ 2"); null when there is nothing to say. */
export function ruleTarget(rule: IndicatorRule | undefined): string | null {
  if (!rule) return null;
  switch (rule.type) {
    case 'threshold':
      if (rule.min !== undefined && rule.max !== undefined) return `${rule.min}–${rule.max}`;
      if (rule.min !== undefined) return `≥ ${rule.min}`;
      if (rule.max !== undefined) return `≤ ${rule.max}`;
      return null;
    case 'linear':
      return `≥ ${rule.target}`;
    case 'steps':
      return `≥ ${Math.max(...rule.steps.map((s) => s.min))}`;
  }
}
