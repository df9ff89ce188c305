import type { RaterGroup } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { checkRatingSheet, indicatorsRatedBy } from './check-rating-sheet';
import { template } from './fixtures';

const T = template();

describe('checkRatingSheet', () => {
  it.each<[string, RaterGroup, Record<string, number>, boolean, string[], string[]]>([
    // name, group, scores, ok, problems (code:problem), missing
    ['a full peer sheet', 'peer', { A1: 4, B1: 8 }, true, [], []],
    ['a partial peer sheet', 'peer', { A1: 4 }, true, [], ['B1']],
    ['an empty sheet', 'staff', {}, true, [], ['A1', 'B1']],
    ['self may not score B1', 'self', { A1: 5, B1: 9 }, false, ['B1:not_rated_by_group'], []],
    ['nobody rates manual items', 'branch', { A1: 5, B2: 9 }, false, ['B2:not_rated_by_group'], []],
    ['unknown code', 'branch', { A1: 5, Z1: 1 }, false, ['Z1:unknown_indicator'], []],
    ['above the maximum', 'peer', { A1: 5.5, B1: 10 }, false, ['A1:out_of_range'], []],
    ['below 0', 'peer', { A1: -1, B1: 0 }, false, ['A1:out_of_range'], []],
    ['NaN', 'peer', { A1: Number.NaN, B1: 0 }, false, ['A1:out_of_range'], []],
  ])('%s', (_name, group, scores, ok, problems, missing) => {
    const r = checkRatingSheet(T, group, scores);
    expect(r.ok).toBe(ok);
    expect(r.problems.map((p) => `${p.code}:${p.problem}`)).toEqual(problems);
    expect(r.missing).toEqual(missing);
  });
});

describe('indicatorsRatedBy', () => {
  it.each<[RaterGroup, string[]]>([
    ['self', ['A1']],
    ['peer', ['A1', 'B1']],
    ['staff', ['A1', 'B1']],
    ['branch', ['A1']],
  ])('%s rates %j', (group, codes) => {
    expect(indicatorsRatedBy(T, group)).toEqual(codes);
  });

  it('drops a group the template no longer weighs', () => {
    const t = template({ raters: { weights: { peer: 0.5, staff: 0.5 } } });
    expect(indicatorsRatedBy(t, 'self')).toEqual([]);
    expect(indicatorsRatedBy(t, 'branch')).toEqual([]);
    expect(indicatorsRatedBy(t, 'peer')).toEqual(['A1', 'B1']);
  });
});
