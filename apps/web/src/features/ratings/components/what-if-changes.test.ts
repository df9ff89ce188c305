import { describe, expect, it } from 'vitest';
import { seedRow, toChanges } from './what-if-changes';

describe('what-if changes', () => {
  it('keeps complete lines in order and drops the rest', () => {
    expect(
      toChanges([
        { key: 1, code: 'T1.02', mode: 'addValue', value: 2 },
        { key: 2, mode: 'setValue', value: 3 },
        { key: 3, code: 'T2.01', mode: 'setValue', value: null },
        { key: 4, code: 'A1', mode: 'reviewScore', value: 0 },
        { key: 5, code: 'B7', mode: 'answered' },
        { key: 6, code: 'B8', mode: 'answered', answered: false },
      ]),
    ).toEqual([
      { code: 'T1.02', addValue: 2 },
      { code: 'A1', reviewScore: 0 },
      { code: 'B7', answered: true },
      { code: 'B8', answered: false },
    ]);
  });
});

describe('trying a suggestion', () => {
  it('starts from what can change for that kind of criterion', () => {
    expect(seedRow({ code: 'B7', kind: 'metric', status: 'skipped', maxScore: 3 })).toMatchObject({
      code: 'B7',
      mode: 'answered',
      answered: true,
    });
    expect(seedRow({ code: 'C1', kind: 'evidence', status: 'pending', maxScore: 6 })).toMatchObject({
      mode: 'reviewScore',
      value: 6,
    });
    expect(seedRow({ code: 'T1.02', kind: 'metric', status: 'fail', maxScore: 9 })).toEqual({
      key: 1,
      code: 'T1.02',
      mode: 'addValue',
    });
    expect(seedRow(undefined)).toEqual({ key: 1, mode: 'addValue' });
  });
});
