import type { LevelConfig } from '@zhibu/shared';

// Levels move along the labels a scheme defines, which may skip numbers (0 未定星, 3★, 4★, 5★):
// "one step up" from 0 is 3, and a branch held below 3 lands on 0.

// Worked out once per level config: a round places every org on the same ladder.
const ladders = new WeakMap<LevelConfig, readonly number[]>();

function ladderOf(levels: LevelConfig): readonly number[] {
  let ladder = ladders.get(levels);
  if (!ladder) {
    ladder = [...new Set(levels.labels.map((l) => l.level))].sort((a, b) => a - b);
    ladders.set(levels, ladder);
  }
  return ladder;
}

export function definedLevels(levels: LevelConfig): number[] {
  return [...ladderOf(levels)];
}

export function topLevel(levels: LevelConfig): number {
  return ladderOf(levels).at(-1)!;
}

export function highestLevelAtMost(levels: LevelConfig, limit: number): number | null {
  return ladderOf(levels).findLast((l) => l <= limit) ?? null;
}

export function nextLevelAbove(levels: LevelConfig, level: number): number | null {
  return ladderOf(levels).find((l) => l > level) ?? null;
}

export function nextLevelBelow(levels: LevelConfig, level: number): number | null {
  return ladderOf(levels).findLast((l) => l < level) ?? null;
}
