import { TRIM_MIN_RATERS } from '@zhibu/shared';
import { clamp } from './round';
import type { GroupScore } from './types';

// One rater group's score for one indicator: the mean of its members' scores. Each score is clamped
// to 0..maxScore before it counts, so one mistyped 50 on a 5-point item cannot outweigh ten honest
// ones (the submit route should reject it anyway). With trimming on, a group of TRIM_MIN_RATERS or
// more loses its single highest and single lowest score, the usual 去掉一个最高分、一个最低分 that
// blunts a friend's or a rival's extreme; smaller groups keep every score, as trimming 2 of 4 would
// discard half the opinions.

export type GroupScoreOptions = { maxScore: number; trimExtremes?: boolean };

export function raterGroupScore(
  scores: readonly number[],
  { maxScore, trimExtremes = false }: GroupScoreOptions,
): GroupScore {
  const valid = scores.filter((s) => Number.isFinite(s)).map((s) => clamp(s, 0, maxScore));
  if (valid.length === 0) return { mean: null, count: 0, used: 0, trimmed: false };
  const trimmed = trimExtremes && valid.length >= TRIM_MIN_RATERS;
  const used = trimmed ? [...valid].sort((a, b) => a - b).slice(1, -1) : valid;
  const mean = used.reduce((s, x) => s + x, 0) / used.length;
  return { mean, count: valid.length, used: used.length, trimmed };
}
