import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { criterionRuleText, num, ruleSummary } from './rule-summary';

// Echoes the key and its values, so the test checks what is asked of the dictionary.
const t = ((key: string, v?: Record<string, unknown>) =>
  key === 'ratings.rule.separator'
    ? '; '
    : `${key.replace('ratings.rule.', '')}${v ? JSON.stringify(v) : ''}`) as unknown as TFunction;

describe('rule summary', () => {
  it('writes numbers without float noise', () => {
    expect(num(0.9)).toBe('0.9');
    expect(num(1 / 3)).toBe('0.33');
    expect(num(6)).toBe('6');
  });
  it('describes each kind of rule', () => {
    expect(ruleSummary({ type: 'threshold', min: 1 }, t)).toBe('atLeast{"min":"1"}');
    expect(ruleSummary({ type: 'threshold', max: 0 }, t)).toBe('atMost{"max":"0"}');
    expect(ruleSummary({ type: 'threshold', min: 1, max: 3 }, t)).toBe('between{"min":"1","max":"3"}');
    expect(ruleSummary({ type: 'linear', target: 0.9 }, t)).toBe('linear{"target":"0.9"}');
    expect(ruleSummary({ type: 'per_missing', target: 3, perMissing: 3 }, t)).toBe(
      'perMissing{"target":"3","per":"3"}',
    );
    expect(ruleSummary({ type: 'per_occurrence', per: 2 }, t)).toBe('perOccurrence{"per":"2"}');
    expect(ruleSummary(undefined, t)).toBe('');
  });
  it('lists steps from the lowest', () => {
    const text = ruleSummary(
      {
        type: 'steps',
        steps: [
          { min: 2, score: 5 },
          { min: 1, score: 3 },
        ],
      },
      t,
    );
    expect(text).toBe(
      'steps{"steps":"step{\\"min\\":\\"1\\",\\"score\\":\\"3\\"}; step{\\"min\\":\\"2\\",\\"score\\":\\"5\\"}"}',
    );
  });
  it('names the metric with its parameters', () => {
    expect(
      criterionRuleText(
        {
          metric: { key: 'meetings.periods', params: { type: 'study', period: 'month' } },
          rule: { type: 'linear', target: 3 },
        },
        t,
      ),
    ).toBe('meetings.periods (type=study, period=month) · linear{"target":"3"}');
    expect(criterionRuleText({ metric: { key: 'talks.coverage' } }, t, () => '谈心谈话覆盖率')).toBe(
      '谈心谈话覆盖率',
    );
    expect(criterionRuleText({}, t)).toBe('');
  });
});
