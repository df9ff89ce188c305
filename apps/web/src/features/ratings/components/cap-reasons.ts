import type { RatingResult } from '../api/types';

export type CapReason =
  | { kind: 'vetoed'; items: string[] }
  | { kind: 'hardFailed'; level: number; items: string[] }
  | { kind: 'quotaCut' }
  | { kind: 'oneStepCapped' }
  | { kind: 'overridden'; reason: string }
  | { kind: 'overrideError'; reason: string };

type Input = Pick<RatingResult, 'flags' | 'hardCap' | 'bandLevel' | 'categories'>;

/**
 * What held an organisation's level where it is, in the order it applied: a veto, hard criteria not
 * met (the levels the score alone would have reached), the quota, the one-step rule, an override.
 */
export function capReasons(r: Input): CapReason[] {
  const titles = new Map(
    r.categories.flatMap((c) => c.criteria.map((x) => [x.code, `${x.code} ${x.title}`] as const)),
  );
  const name = (code: string) => titles.get(code) ?? code;
  const out: CapReason[] = [];
  const f = r.flags;
  if (f.vetoedBy?.length) out.push({ kind: 'vetoed', items: f.vetoedBy.map(name) });
  if (r.hardCap !== null && r.bandLevel !== null && r.hardCap < r.bandLevel) {
    const failing = (f.hardOpen ?? f.hard ?? []).filter(
      (h) => h.status !== 'pass' && h.fromStar > r.hardCap! && h.fromStar <= r.bandLevel!,
    );
    const levels = [...new Set(failing.map((h) => h.fromStar))].sort((a, b) => a - b);
    for (const level of levels) {
      out.push({
        kind: 'hardFailed',
        level,
        items: failing.filter((h) => h.fromStar === level).map((h) => name(h.code)),
      });
    }
  }
  if (f.quotaCut) out.push({ kind: 'quotaCut' });
  if (f.oneStepCapped) out.push({ kind: 'oneStepCapped' });
  if (f.overridden) out.push({ kind: 'overridden', reason: f.overrideReason ?? '' });
  if (f.overrideError) out.push({ kind: 'overrideError', reason: f.overrideError });
  return out;
}
