import type { LevelConfig } from '@zhibu/shared';
import { highestLevelAtMost, nextLevelAbove, nextLevelBelow } from './label-ladder';

// The rules that depend on the other rated orgs and on history, applied in this order:
// 1. One step up: with `oneStepUp` and a published level last period, an org rises at most to the
//    next defined label above it. An org without a previous level (new, or first period) is free.
// 2. Quotas, from the highest level down: at most floor(maxShare × n) orgs keep the level, n being
//    every rated org. The best totals keep it; orgs tied on the total at the cut all move down, since
//    nothing fair decides between them. Orgs moved down land on the next lower defined level and then
//    count against that level's quota.
// 3. Overrides (破格) set the level directly. An accepted override is exempt from both rules above
//    and takes no quota slot (it is a recorded exception, and must not push another org down). It may
//    not exceed the org's hard cap nor lift a veto: such an override is refused with an error, and the
//    org keeps its computed level.

export type RatedOrg = {
  orgId: string;
  total: number;
  level: number;
  hardCap: number | null;
  vetoed: boolean;
};

export type Override = { level: number; reason: string };

export type OverrideError = 'OVERRIDE_ABOVE_HARD_CAP' | 'OVERRIDE_VETOED';

export type PopulationOutcome = {
  level: number;
  quotaCut: boolean;
  oneStepCapped: boolean;
  overridden: boolean;
  error?: OverrideError;
};

type Working = RatedOrg & { quotaCut: boolean; oneStepCapped: boolean };

export function applyPopulationRules(
  orgs: readonly RatedOrg[],
  levels: LevelConfig,
  previous: ReadonlyMap<string, number>,
  overrides: ReadonlyMap<string, Override>,
): Map<string, PopulationOutcome> {
  const refused = new Map<string, OverrideError>();
  const accepted = new Map<string, number>();
  for (const org of orgs) {
    const o = overrides.get(org.orgId);
    if (!o) continue;
    const error = overrideError(org, o);
    if (error) refused.set(org.orgId, error);
    else accepted.set(org.orgId, o.level);
  }

  const ranked: Working[] = orgs
    .filter((org) => !accepted.has(org.orgId))
    .map((org) => ({ ...org, quotaCut: false, oneStepCapped: false }));
  if (levels.oneStepUp) for (const w of ranked) capOneStep(w, previous.get(w.orgId), levels);
  applyQuotas(ranked, orgs.length, levels);

  const out = new Map<string, PopulationOutcome>();
  for (const w of ranked) {
    const error = refused.get(w.orgId);
    out.set(w.orgId, {
      level: w.level,
      quotaCut: w.quotaCut,
      oneStepCapped: w.oneStepCapped,
      overridden: false,
      ...(error ? { error } : {}),
    });
  }
  for (const [orgId, level] of accepted) {
    out.set(orgId, { level, quotaCut: false, oneStepCapped: false, overridden: true });
  }
  return out;
}

function overrideError(org: RatedOrg, o: Override): OverrideError | null {
  if (org.vetoed) return 'OVERRIDE_VETOED';
  if (org.hardCap !== null && o.level > org.hardCap) return 'OVERRIDE_ABOVE_HARD_CAP';
  return null;
}

function capOneStep(w: Working, prev: number | undefined, levels: LevelConfig): void {
  if (prev === undefined) return;
  const ceiling = nextLevelAbove(levels, prev) ?? prev;
  if (w.level <= ceiling) return;
  w.level = highestLevelAtMost(levels, ceiling) ?? levels.floor;
  w.oneStepCapped = true;
}

function applyQuotas(ranked: Working[], n: number, levels: LevelConfig): void {
  const quotas = [...levels.quotas].sort((a, b) => b.level - a.level);
  for (const quota of quotas) {
    // The tolerance keeps 0.29 × 100 = 28.999999999999996 from allowing only 28.
    const allowed = Math.floor(quota.maxShare * n + 1e-9);
    const holders = ranked.filter((w) => w.level === quota.level).sort((a, b) => b.total - a.total);
    if (holders.length <= allowed) continue;
    const below = nextLevelBelow(levels, quota.level);
    if (below === null) continue;
    const firstOut = holders[allowed]!.total;
    for (const w of holders) {
      if (w.total > firstOut) continue;
      w.level = below;
      w.quotaCut = true;
    }
  }
}
