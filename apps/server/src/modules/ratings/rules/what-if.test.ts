import { describe, expect, it } from 'vitest';
import { evaluateOrg } from './evaluate-org';
import { MIDDLING, SAMPLE, inputsOf } from './sample-scheme';
import { simulate } from './what-if';

const inputs = inputsOf(MIDDLING);
const before = evaluateOrg(SAMPLE, inputs);
const score = (e: typeof before, code: string) => e.criteria.find((c) => c.code === code)!;

describe('simulate', () => {
  it('adds records to a metric and drops the missing list that no longer holds', () => {
    const after = simulate(SAMPLE, inputs, [{ code: 'B1', addValue: 2 }]);
    expect(score(after, 'B1')).toMatchObject({ value: 12, score: 30, status: 'pass', explanation: { zh: '支委会 12/12 次；得 30/30 分' } });
    expect(after.total).toBe(round(before.total + 2 * 0.7));
  });

  it('sets a value', () => {
    expect(score(simulate(SAMPLE, inputs, [{ code: 'B4', setValue: 0.9 }]), 'B4')).toMatchObject({ score: 10, status: 'pass' });
  });

  it('applies the changes of one code in order', () => {
    const after = simulate(SAMPLE, inputs, [
      { code: 'B2', addValue: 1 },
      { code: 'B2', addValue: 1 },
    ]);
    expect(score(after, 'B2')).toMatchObject({ value: 4, score: 20 });
  });

  it('takes a new reviewer score over the old verdict', () => {
    const failed = inputsOf(MIDDLING, { A3: { answered: true, review: { score: 0, pass: false } } });
    expect(score(simulate(SAMPLE, failed, [{ code: 'A3', reviewScore: 10 }]), 'A3')).toMatchObject({ score: 10, status: 'pass' });
  });

  it('answers an optional item and lifts the level once the points are there', () => {
    const after = simulate(SAMPLE, inputs, [
      { code: 'B3', answered: true, reviewScore: 10 },
      { code: 'B1', addValue: 2 },
      { code: 'B2', addValue: 2 },
      { code: 'B4', setValue: 0.9 },
    ]);
    // Base 10 + 10 + 0 + 30 + 20 + 10 + 10 = 90 → 90 × 0.7 + 24 = 87; A3 still pending caps at 4★.
    expect(after).toMatchObject({ total: 87, bandLevel: 4, level: 4 });
    expect(before.level).toBe(3);
  });

  it('changes nothing it was given', () => {
    simulate(SAMPLE, inputs, [{ code: 'B1', addValue: 2 }]);
    expect(inputs('B1').metric!.value).toBe(10);
    expect(evaluateOrg(SAMPLE, inputs)).toEqual(before);
  });

  it('refuses an unknown criterion', () => {
    expect(() => simulate(SAMPLE, inputs, [{ code: 'Z9', addValue: 1 }])).toThrow(/Z9/);
  });
});

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
