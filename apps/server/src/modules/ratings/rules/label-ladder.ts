import type { LevelConfig } from '@zhibu/shared';

// Levels move along the labels a scheme defines, which may skip numbers (0 未定星, 3★, 4★, 5★):
// "one step up" from 0 is 3, and a branch held below 3 lands on 0.

export function definedLevels(levels: LevelConfig): number[] {
  return [...new Set(levels.labels.map((l) => l.level))].sort((a, b) => a - b);
}

export function topLevel(levels: LevelConfig): number {
  return definedLevels(levels).at(-1)!;
}

export function highestLevelAtMost(levels: LevelConfig, limit: number): number | null {
  return (
    definedLevels(levels)
      .filter((l) => l <= limit)
      .at(-1) ?? null
  );
}

export function nextLevelAbove(levels: LevelConfig, level: number): number | null {
  return definedLevels(levels).find((l) => l > level) ?? null;
}

export function nextLevelBelow(levels: LevelConfig, level: number): number | null {
  return (
    definedLevels(levels)
      .filter((l) => l < level)
      .at(-1) ?? null
  );
}
