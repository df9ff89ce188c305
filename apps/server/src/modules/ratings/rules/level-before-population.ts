import type { LevelConfig } from '@zhibu/shared';
import { highestLevelAtMost, topLevel } from './label-ladder';
import type { LevelCause } from './types';

// One org's level from its own results, before the population rules (quotas, one step up, 破格).
// - Band: the highest band (by `min`) the total reaches, else `floor`; a scheme without bands grades
//   by its hard sets alone, so its band level is the top label.
// - Hard cap: the hard sets are cumulative (a 4★ branch meets the 3★ set too), so the lowest star
//   with a failed item caps the level one below it; nothing failed means no cap.
// - The level is the highest defined label at or below both; if none is, the floor.
// - A veto overrides everything with `vetoLevel`, or the floor.

export type HardOutcome = { fromStar: number; passed: boolean };

export type LevelBeforePopulation = {
  level: number;
  bandLevel: number;
  hardCap: number | null;
  cappedBy: LevelCause;
};

export function bandLevelOf(total: number, levels: LevelConfig): number {
  if (levels.bands.length === 0) return topLevel(levels);
  return bandsOf(levels).find((b) => b.min <= total)?.level ?? levels.floor;
}

type Band = LevelConfig['bands'][number];

// Highest first, once per level config: a round looks up a band for every org.
const sortedBands = new WeakMap<LevelConfig, readonly Band[]>();

function bandsOf(levels: LevelConfig): readonly Band[] {
  let bands = sortedBands.get(levels);
  if (!bands) {
    bands = [...levels.bands].sort((a, b) => b.min - a.min || b.level - a.level);
    sortedBands.set(levels, bands);
  }
  return bands;
}

export function hardCapOf(hard: readonly HardOutcome[]): number | null {
  return capBelow(Math.min(...hard.filter((h) => !h.passed).map((h) => h.fromStar)));
}

/** The cap set by the lowest star with a failed hard item; Infinity when none failed. */
export function capBelow(lowestFailedStar: number): number | null {
  return lowestFailedStar === Infinity ? null : lowestFailedStar - 1;
}

export function levelBeforePopulation(
  total: number,
  hard: readonly HardOutcome[],
  vetoed: boolean,
  levels: LevelConfig,
): LevelBeforePopulation {
  return levelUnderCap(total, hardCapOf(hard), vetoed, levels);
}

/** The same, from the hard cap already worked out. */
export function levelUnderCap(
  total: number,
  hardCap: number | null,
  vetoed: boolean,
  levels: LevelConfig,
): LevelBeforePopulation {
  const bandLevel = bandLevelOf(total, levels);
  if (vetoed) return { level: levels.vetoLevel ?? levels.floor, bandLevel, hardCap, cappedBy: 'veto' };
  const level = highestLevelAtMost(levels, Math.min(bandLevel, hardCap ?? Infinity)) ?? levels.floor;
  const cappedBy =
    hardCap !== null && hardCap < bandLevel ? 'hard' : bandLevel < topLevel(levels) ? 'band' : null;
  return { level, bandLevel, hardCap, cappedBy };
}
