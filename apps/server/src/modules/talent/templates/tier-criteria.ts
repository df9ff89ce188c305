import { zTalentCriteria, zTierCriteria, type TalentCriteria, type TierCriteria } from '@zhibu/shared';

// Default criteria of the 领军 / 精英 / 雏鹰 tiers and of the reserve pool. The thresholds are a tenant
// setting: the source names the tiers and the three training levels (高级工程师, 中级工程师, 雏鹰工程)
// but no numbers, so these are a reasonable start to adjust.

export const DEFAULT_TIER_CRITERIA: TierCriteria = zTierCriteria.parse([
  {
    tier: 'leading',
    minMatch: 90,
    anyCredential: [
      { kind: 'title', minLevel: 'associate_senior' },
      { kind: 'award', minLevel: 'provincial' },
    ],
  },
  {
    tier: 'elite',
    minMatch: 80,
    anyCredential: [
      { kind: 'title', minLevel: 'intermediate' },
      { kind: 'certificate', minLevel: 'technician' },
    ],
  },
  // 雏鹰工程: young staff with a sound base; no credential asked yet.
  { tier: 'rising', minMatch: 60, maxAge: 35 },
]);

/** Entry criteria of the reserve pool (后备人才库): a good portrait match and every gate met. */
export const DEFAULT_RESERVE_CRITERIA: TalentCriteria = zTalentCriteria.parse({ minMatch: 75 });
