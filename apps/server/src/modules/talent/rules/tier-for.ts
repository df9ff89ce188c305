import { TALENT_TIERS, tierRank, type TalentTier, type TierCriteria } from '@zhibu/shared';
import { checkCriteria } from './talent-criteria';
import type { Bilingual, TalentPerson } from './types';

// 领军 / 精英 / 雏鹰: the highest tier whose criteria the person meets, with the reasons. Each tier is
// judged on its own criteria (a 领军 need not meet the 雏鹰 age cap). For every tier above the one
// reached the result says what is missing; `next` is the lowest of those still reachable, so a
// 40-year-old without a tier is pointed at 精英, not at 雏鹰.

export type TierGap = {
  tier: TalentTier;
  missing: Bilingual[];
  /** False when only time could have helped: the person is over the tier's age cap. */
  reachable: boolean;
};

export type TierDecision = {
  tier: TalentTier | null;
  /** Why the tier was given (empty when none). */
  reasons: Bilingual[];
  /** The lowest reachable tier above the one reached, or null at the top. */
  next: TierGap | null;
  /** Every configured tier above the one reached, lowest first. */
  gaps: TierGap[];
  explanation: Bilingual[];
};

const labelOf = (tier: TalentTier) => TALENT_TIERS.find((t) => t.value === tier)!;

export function tierFor(criteria: TierCriteria, person: TalentPerson, today: string): TierDecision {
  const ordered = [...criteria].sort((a, b) => tierRank(b.tier) - tierRank(a.tier));
  const checks = ordered.map((rule) => ({ rule, check: checkCriteria(rule, person, today) }));
  const reached = checks.find((c) => c.check.met) ?? null;
  const tier = reached?.rule.tier ?? null;

  const gaps: TierGap[] = checks
    .filter((c) => tier === null || tierRank(c.rule.tier) > tierRank(tier))
    .reverse()
    .map((c) => ({ tier: c.rule.tier, missing: c.check.missing, reachable: !c.check.ageBlocked }));
  const next = gaps.find((g) => g.reachable) ?? null;

  const explanation: Bilingual[] = [];
  if (reached) {
    const label = labelOf(reached.rule.tier);
    explanation.push(
      { zh: `认定为${label.zh}`, en: `Assessed as ${label.en.toLowerCase()}` },
      ...reached.check.reasons,
    );
  } else {
    explanation.push({ zh: '暂未达到任何人才层级', en: 'Does not yet meet any talent tier' });
  }
  if (next) {
    const label = labelOf(next.tier);
    explanation.push(
      { zh: `距${label.zh}还需：`, en: `For ${label.en.toLowerCase()} still needed:` },
      ...next.missing,
    );
  }
  return { tier, reasons: reached?.check.reasons ?? [], next, gaps, explanation };
}
