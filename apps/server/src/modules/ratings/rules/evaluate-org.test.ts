import { describe, expect, it } from 'vitest';
import { evaluateOrg } from './evaluate-org';
import { MIDDLING, PERFECT, SAMPLE, inputsOf } from './sample-scheme';

describe('evaluateOrg', () => {
  it('rates a branch meeting everything 5★', () => {
    const e = evaluateOrg(SAMPLE, inputsOf(PERFECT));
    expect(e.criteria.map((c) => c.code)).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'B4', 'N1', 'N2', 'E1']);
    expect(e.groups).toEqual({ base: 100, bonus: 0, deduction: 0, evaluation: 100 });
    expect(e).toMatchObject({ total: 100, vetoedBy: [], hardCap: null, bandLevel: 5, level: 5, cappedBy: null });
    expect(e.hard).toEqual([
      { code: 'A1', fromStar: 3, status: 'pass' },
      { code: 'A2', fromStar: 4, status: 'pass' },
      { code: 'A3', fromStar: 5, status: 'pass' },
      { code: 'B3', fromStar: 4, status: 'pass' },
    ]);
  });

  it('leaves an unanswered optional hard item out of the hard set', () => {
    const e = evaluateOrg(SAMPLE, inputsOf(PERFECT, { B3: { answered: false } }));
    expect(e.hard.map((h) => h.code)).toEqual(['A1', 'A2', 'A3']);
    // Base 90 → 90 × 0.7 + 100 × 0.3 = 93.
    expect(e).toMatchObject({ total: 93, hardCap: null, level: 5 });
  });

  it('holds the level down while a hard item awaits review', () => {
    const e = evaluateOrg(SAMPLE, inputsOf(PERFECT, { A3: { answered: true } }));
    expect(e.hard.find((h) => h.code === 'A3')).toEqual({ code: 'A3', fromStar: 5, status: 'pending' });
    expect(e).toMatchObject({ total: 93, bandLevel: 5, hardCap: 4, level: 4, cappedBy: 'hard' });
  });

  it('gives 未定星 when a 3★ item fails', () => {
    const e = evaluateOrg(SAMPLE, inputsOf(PERFECT, { A1: { answered: true, metric: { value: 0 }, unit: 'bool' } }));
    expect(e).toMatchObject({ hardCap: 2, level: 0, cappedBy: 'hard' });
  });

  it('lets a veto beat a perfect score', () => {
    const e = evaluateOrg(SAMPLE, inputsOf(PERFECT, { N1: { answered: true, review: { score: null, pass: null, triggered: true } } }));
    expect(e).toMatchObject({ total: 100, vetoedBy: ['N1'], bandLevel: 5, level: 0, cappedBy: 'veto' });
  });

  it('subtracts deduction-group points through the formula', () => {
    const e = evaluateOrg(SAMPLE, inputsOf(PERFECT, { N2: { answered: true, metric: { value: 3 }, unit: 'count' } }));
    // (100 − 6) × 0.7 + 30
    expect(e.groups.deduction).toBe(6);
    expect(e.total).toBe(95.8);
  });

  it('scores a middling branch 3★ and explains each item', () => {
    const e = evaluateOrg(SAMPLE, inputsOf(MIDDLING));
    expect(e).toMatchObject({ total: 70.82, bandLevel: 3, hardCap: 4, level: 3, cappedBy: 'band' });
    expect(e.criteria.find((c) => c.code === 'B1')).toMatchObject({
      score: 28,
      status: 'fail',
      sourceIds: ['m1'],
      explanation: { zh: '支委会 10/12 次，缺 3月、8月；得 28/30 分' },
    });
  });

  it('reports no level for a scheme without levels, but still the hard cap', () => {
    const e = evaluateOrg({ ...SAMPLE, levels: undefined }, inputsOf(PERFECT, { A2: { answered: true, metric: { value: 200 }, unit: 'days' } }));
    expect(e).toMatchObject({ level: null, bandLevel: null, hardCap: 3, cappedBy: null });
  });

  it('scores and rates the same without explanations, leaving them empty', () => {
    for (const inputs of [inputsOf(PERFECT), inputsOf(MIDDLING)]) {
      const full = evaluateOrg(SAMPLE, inputs);
      const bare = evaluateOrg(SAMPLE, inputs, { explain: false });
      const strip = (e: typeof full) => ({ ...e, criteria: e.criteria.map((c) => ({ ...c, explanation: null })) });
      expect(strip(bare)).toEqual(strip(full));
      expect(bare.criteria.every((c) => c.explanation.zh === '' && c.explanation.en === '')).toBe(true);
      expect(full.criteria.every((c) => c.explanation.zh !== '')).toBe(true);
    }
  });
});
