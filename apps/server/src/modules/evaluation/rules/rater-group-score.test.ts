import { describe, expect, it } from 'vitest';
import { raterGroupScore } from './rater-group-score';

describe('raterGroupScore', () => {
  it.each<[string, number[], number, boolean, number | null, number, number, boolean]>([
    // name, scores, max, trim, mean, count, used, trimmed
    ['no scores', [], 5, false, null, 0, 0, false],
    ['no scores with trimming', [], 5, true, null, 0, 0, false],
    ['one score', [4], 5, false, 4, 1, 1, false],
    ['plain mean', [3, 4, 5], 5, false, 4, 3, 3, false],
    ['a score above max counts as max', [50, 4], 5, false, 4.5, 2, 2, false],
    ['a negative score counts as 0', [-2, 4], 5, false, 2, 2, 2, false],
    ['every score above max gives max', [9, 10], 5, false, 5, 2, 2, false],
    ['NaN and Infinity are ignored', [Number.NaN, 4, Number.POSITIVE_INFINITY], 5, false, 4, 1, 1, false],
    ['4 raters are not trimmed', [1, 4, 4, 5], 5, true, 3.5, 4, 4, false],
    ['5 raters drop highest and lowest', [1, 4, 4, 4, 5], 5, true, 4, 5, 3, true],
    ['only one of equal extremes goes', [5, 5, 3, 1, 1], 5, true, 3, 5, 3, true],
    ['trimming off keeps all 5', [1, 4, 4, 4, 5], 5, false, 3.6, 5, 5, false],
    ['trimming sorts numerically, not as text', [10, 9, 2, 8, 8, 7], 10, true, 8, 6, 4, true],
    ['clamping happens before trimming', [99, 99, 4, 4, 0], 5, true, 13 / 3, 5, 3, true],
  ])('%s', (_name, scores, maxScore, trimExtremes, mean, count, used, trimmed) => {
    const r = raterGroupScore(scores, { maxScore, trimExtremes });
    expect({ ...r, mean: r.mean === null ? null : Math.round(r.mean * 1e9) / 1e9 }).toEqual({
      mean: mean === null ? null : Math.round(mean * 1e9) / 1e9,
      count,
      used,
      trimmed,
    });
  });

  it('does not reorder the caller’s array', () => {
    const scores = [5, 1, 4, 4, 4];
    raterGroupScore(scores, { maxScore: 5, trimExtremes: true });
    expect(scores).toEqual([5, 1, 4, 4, 4]);
  });
});
