import { credentialLevel, type CredentialFacts, type CredentialLevel } from '@zhibu/shared';

// When a credential counts. Dates are YYYY-MM-DD strings in the tenant's time zone (platform/clock
// `todayIn`), so plain string comparison orders them.

/** Valid through its expiry day; expired from the day after. */
export function isExpired(c: Pick<CredentialFacts, 'expiresOn'>, today: string): boolean {
  return !!c.expiresOn && c.expiresOn < today;
}

/** Held on `today`: obtained by then and not expired. A credential dated in the future does not count yet. */
export function isCurrent(c: Pick<CredentialFacts, 'obtainedOn' | 'expiresOn'>, today: string): boolean {
  return c.obtainedOn <= today && !isExpired(c, today);
}

/** True when `level` is on the same ladder as `min` and not below it; no minimum accepts any level. */
export function levelAtLeast(
  level: CredentialLevel | null | undefined,
  min: CredentialLevel | null | undefined,
): boolean {
  if (!min) return true;
  if (!level) return false;
  const have = credentialLevel(level);
  const need = credentialLevel(min);
  return have.ladder === need.ladder && have.rank >= need.rank;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
