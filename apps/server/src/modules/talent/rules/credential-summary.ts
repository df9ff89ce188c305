import {
  CREDENTIAL_KINDS,
  CREDENTIAL_LEVELS,
  credentialLevel,
  type CredentialFacts,
  type CredentialKind,
  type CredentialLevel,
} from '@zhibu/shared';
import { daysBetween, isCurrent, isExpired } from './credential-status';

// A person's (or a branch's) credentials at a glance on a given day: what is held by kind and level,
// the highest title and skill grade, and what needs renewing soon. Counts cover credentials held on
// the day; expired ones and ones dated after the day are listed apart, never counted.

export const DEFAULT_EXPIRY_WINDOW_DAYS = 90;

export type LevelCount = { kind: CredentialKind; level: CredentialLevel | null; count: number };

export type CredentialSummary<C extends CredentialFacts = CredentialFacts> = {
  /** Credentials held on the day. */
  current: number;
  byKind: Record<CredentialKind, number>;
  /** Per kind in CREDENTIAL_KINDS order, highest level first, "no level" last; only non-zero counts. */
  byLevel: LevelCount[];
  highestTitle: C | null;
  /** The highest skill grade (初级工 … 高级技师) among current certificates. */
  highestSkill: C | null;
  /** Current credentials expiring within the window (0 = last valid day is today), soonest first. */
  expiringSoon: { credential: C; expiresOn: string; daysLeft: number }[];
  expired: C[];
  /** Dated after the day: a data error or a credential announced in advance. */
  notYetValid: C[];
};

const KIND_ORDER = new Map(CREDENTIAL_KINDS.map((k, i) => [k.value, i]));
const LEVEL_ORDER = new Map(CREDENTIAL_LEVELS.map((l, i) => [l.value, i]));

function compareLevels(a: CredentialLevel | null, b: CredentialLevel | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return credentialLevel(b).rank - credentialLevel(a).rank || LEVEL_ORDER.get(a)! - LEVEL_ORDER.get(b)!;
}

/** Highest level on `ladder`, ties to the most recently obtained. */
function highestOn<C extends CredentialFacts>(
  list: readonly C[],
  kind: CredentialKind,
  ladder: 'title' | 'skill',
): C | null {
  const rank = (c: C) => credentialLevel(c.level!).rank;
  const onLadder = list.filter(
    (c) => c.kind === kind && c.level && credentialLevel(c.level).ladder === ladder,
  );
  onLadder.sort((a, b) => rank(b) - rank(a) || b.obtainedOn.localeCompare(a.obtainedOn));
  return onLadder[0] ?? null;
}

export function credentialSummary<C extends CredentialFacts>(
  credentials: readonly C[],
  today: string,
  options: { withinDays?: number } = {},
): CredentialSummary<C> {
  const within = options.withinDays ?? DEFAULT_EXPIRY_WINDOW_DAYS;
  const held = credentials.filter((c) => isCurrent(c, today));
  const expired = credentials.filter((c) => c.obtainedOn <= today && isExpired(c, today));
  const notYetValid = credentials.filter((c) => c.obtainedOn > today);

  const byKind = Object.fromEntries(CREDENTIAL_KINDS.map((k) => [k.value, 0])) as Record<
    CredentialKind,
    number
  >;
  const levels = new Map<string, LevelCount>();
  for (const c of held) {
    byKind[c.kind] += 1;
    const level = c.level ?? null;
    const key = `${c.kind}|${level ?? ''}`;
    const entry = levels.get(key) ?? { kind: c.kind, level, count: 0 };
    entry.count += 1;
    levels.set(key, entry);
  }
  const byLevel = [...levels.values()].sort(
    (a, b) => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || compareLevels(a.level, b.level),
  );

  const expiringSoon = held
    .filter((c): c is C & { expiresOn: string } => !!c.expiresOn && daysBetween(today, c.expiresOn) <= within)
    .map((c) => ({ credential: c, expiresOn: c.expiresOn, daysLeft: daysBetween(today, c.expiresOn) }))
    .sort((a, b) => a.daysLeft - b.daysLeft);

  return {
    current: held.length,
    byKind,
    byLevel,
    highestTitle: highestOn(held, 'title', 'title'),
    highestSkill: highestOn(held, 'certificate', 'skill'),
    expiringSoon,
    expired,
    notYetValid,
  };
}
