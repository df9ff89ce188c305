import {
  credentialLevel,
  talentLabel,
  CREDENTIAL_KINDS,
  type CredentialCondition,
  type CredentialFacts,
} from '@zhibu/shared';
import { isCurrent, levelAtLeast } from './credential-status';
import type { Bilingual } from './types';

// "A title at 副高级 or above", "an award at 省级 or above": the credential conditions of tiers and of
// the reserve pool's entry criteria.

/** The best current credential meeting the condition (highest level, then most recent), or null. */
export function credentialMeeting<C extends CredentialFacts>(
  condition: CredentialCondition,
  credentials: readonly C[],
  today: string,
): C | null {
  const fitting = credentials.filter(
    (c) => c.kind === condition.kind && isCurrent(c, today) && levelAtLeast(c.level, condition.minLevel),
  );
  const rank = (c: C) => (c.level ? credentialLevel(c.level).rank : 0);
  fitting.sort((a, b) => rank(b) - rank(a) || b.obtainedOn.localeCompare(a.obtainedOn));
  return fitting[0] ?? null;
}

/** "副高级及以上职称" / "a professional title at associate senior or above". */
export function describeCondition(condition: CredentialCondition): Bilingual {
  const kindZh = talentLabel(CREDENTIAL_KINDS, condition.kind, 'zh');
  const kindEn = talentLabel(CREDENTIAL_KINDS, condition.kind, 'en').toLowerCase();
  const article = /^[aeiou]/.test(kindEn) ? 'an' : 'a';
  if (!condition.minLevel) return { zh: kindZh, en: `${article} ${kindEn}` };
  const level = credentialLevel(condition.minLevel);
  return {
    zh: `${level.zh}及以上${kindZh}`,
    en: `${article} ${kindEn} at ${level.en.toLowerCase()} or above`,
  };
}

/** "职称：高级工程师（副高级）" — how a credential is named in reasons. */
export function describeCredential(c: CredentialFacts): Bilingual {
  const kind = CREDENTIAL_KINDS.find((k) => k.value === c.kind)!;
  if (!c.level) return { zh: `${kind.zh}：${c.name}`, en: `${kind.en}: ${c.name}` };
  const level = credentialLevel(c.level);
  return { zh: `${kind.zh}：${c.name}（${level.zh}）`, en: `${kind.en}: ${c.name} (${level.en})` };
}
