import { describe, expect, it } from 'vitest';
import { flagKeys } from './flag-tags';

describe('result flags as tags', () => {
  it('shows nothing for a plain result', () => {
    expect(flagKeys(undefined)).toEqual([]);
    expect(flagKeys({ quotaCut: false, oneStepCapped: false, overridden: false, vetoedBy: [] })).toEqual([]);
  });
  it('puts a veto first and keeps the fixed order', () => {
    expect(flagKeys({ quotaCut: true, oneStepCapped: true, overridden: true, vetoedBy: ['D1'] })).toEqual([
      'vetoed',
      'overridden',
      'quotaCut',
      'oneStepCapped',
    ]);
    expect(flagKeys({ oneStepCapped: true })).toEqual(['oneStepCapped']);
  });
});
