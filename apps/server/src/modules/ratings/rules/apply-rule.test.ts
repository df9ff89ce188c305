import type { ScoringRule } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { applyRule } from './apply-rule';

const STEPS: ScoringRule = {
  type: 'steps',
  steps: [
    { min: 10, score: 10 },
    { min: 0, score: 2 },
    { min: 5, score: 6 },
  ],
};

describe('applyRule', () => {
  it.each<[string, ScoringRule, number, number, number, boolean]>([
    ['threshold min reached', { type: 'threshold', min: 1 }, 10, 1, 10, true],
    ['threshold min missed', { type: 'threshold', min: 1 }, 10, 0, 0, false],
    ['threshold max kept', { type: 'threshold', max: 180 }, 5, 180, 5, true],
    ['threshold max exceeded', { type: 'threshold', max: 180 }, 5, 181, 0, false],
    ['threshold range inside', { type: 'threshold', min: 2, max: 4 }, 6, 3, 6, true],
    ['threshold range above', { type: 'threshold', min: 2, max: 4 }, 6, 5, 0, false],
    ['threshold unbounded', { type: 'threshold' }, 6, -3, 6, true],
    ['linear half way', { type: 'linear', target: 4 }, 10, 2, 5, false],
    ['linear at target', { type: 'linear', target: 4 }, 10, 4, 10, true],
    ['linear above target capped at 1', { type: 'linear', target: 4 }, 10, 8, 10, true],
    ['linear nothing', { type: 'linear', target: 4 }, 10, 0, 0, false],
    ['linear cap 1.2', { type: 'linear', target: 4, cap: 1.2 }, 10, 6, 12, true],
    ['linear negative value', { type: 'linear', target: 4 }, 10, -2, 0, false],
    ['steps below every step', STEPS, 10, -1, 0, false],
    ['steps lowest', STEPS, 10, 0, 2, false],
    ['steps middle', STEPS, 10, 7, 6, false],
    ['steps top', STEPS, 10, 12, 10, true],
    ['steps clamped to max', { type: 'steps', steps: [{ min: 1, score: 50 }] }, 10, 1, 10, true],
    ['per_missing two short', { type: 'per_missing', target: 12, perMissing: 1 }, 10, 10, 8, false],
    ['per_missing met', { type: 'per_missing', target: 12, perMissing: 1 }, 10, 12, 10, true],
    ['per_missing never below 0', { type: 'per_missing', target: 12, perMissing: 1 }, 10, 0, 0, false],
    ['per_missing rounds a fraction up', { type: 'per_missing', target: 4, perMissing: 2 }, 8, 2.5, 4, false],
    ['per_missing float noise', { type: 'per_missing', target: 1.1, perMissing: 1 }, 5, 0.1, 4, false],
    ['per_occurrence none', { type: 'per_occurrence', per: 2 }, 10, 0, 0, false],
    ['per_occurrence two', { type: 'per_occurrence', per: 2 }, 10, 2, 4, true],
    ['per_occurrence capped', { type: 'per_occurrence', per: 2 }, 10, 7, 10, true],
  ])('%s', (_name, rule, max, value, score, pass) => {
    expect(applyRule(rule, value, max)).toEqual({ score, pass });
  });

  it.each([
    [0, 0, true],
    [2, 4, false],
  ])('as a deduction, per_occurrence of %i takes %i and passes only without occurrences', (value, score, pass) => {
    expect(applyRule({ type: 'per_occurrence', per: 2 }, value, 10, true)).toEqual({ score, pass });
  });
});
