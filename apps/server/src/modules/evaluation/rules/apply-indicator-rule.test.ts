import type { IndicatorRule } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { applyIndicatorRule, ruleTarget } from './apply-indicator-rule';

const STEPS: IndicatorRule = {
  type: 'steps',
  steps: [
    { min: 3, score: 5 },
    { min: 1, score: 2 },
    { min: 2, score: 4 },
  ],
};

describe('applyIndicatorRule', () => {
  it.each<[string, IndicatorRule | undefined, number, number, number]>([
    // name, rule, max, value, points
    ['no rule: value is points', undefined, 5, 3.5, 3.5],
    ['no rule: clamped to max', undefined, 5, 8, 5],
    ['no rule: clamped to 0', undefined, 5, -1, 0],
    ['threshold min reached', { type: 'threshold', min: 2 }, 5, 2, 5],
    ['threshold min missed', { type: 'threshold', min: 2 }, 5, 1.9, 0],
    ['threshold max kept (lower is better)', { type: 'threshold', max: 0 }, 5, 0, 5],
    ['threshold max exceeded', { type: 'threshold', max: 0 }, 5, 1, 0],
    ['threshold range inside', { type: 'threshold', min: 1, max: 3 }, 4, 3, 4],
    ['threshold range above', { type: 'threshold', min: 1, max: 3 }, 4, 4, 0],
    ['linear half way', { type: 'linear', target: 40 }, 5, 20, 2.5],
    ['linear above target stays at max', { type: 'linear', target: 40 }, 5, 80, 5],
    ['linear negative gives 0', { type: 'linear', target: 40 }, 5, -5, 0],
    ['steps below every step', STEPS, 5, 0, 0],
    ['steps lowest', STEPS, 5, 1, 2],
    ['steps between', STEPS, 5, 2.5, 4],
    ['steps top', STEPS, 5, 10, 5],
    ['steps clamped to max', { type: 'steps', steps: [{ min: 0, score: 9 }] }, 5, 1, 5],
  ])('%s', (_name, rule, max, value, points) => {
    expect(applyIndicatorRule(rule, value, max)).toBe(points);
  });

  it.each<[IndicatorRule | undefined, string | null]>([
    [undefined, null],
    [{ type: 'threshold' }, null],
    [{ type: 'threshold', min: 2 }, '≥ 2'],
    [{ type: 'threshold', max: 0 }, '≤ 0'],
    [{ type: 'threshold', min: 1, max: 3 }, '1–3'],
    [{ type: 'linear', target: 40 }, '≥ 40'],
    [STEPS, '≥ 3'],
  ])('states the target of %j as %s', (rule, target) => {
    expect(ruleTarget(rule)).toBe(target);
  });
});
