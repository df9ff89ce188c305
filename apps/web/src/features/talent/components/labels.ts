import {
  CREDENTIAL_KINDS,
  CREDENTIAL_LEVELS,
  POST_FAMILIES,
  TALENT_TIERS,
  talentLabel,
  type CredentialKind,
  type CredentialLevel,
  type TalentTier,
} from '@zhibu/shared';
import { useMemo } from 'react';
import { useLang } from '../../../ui/useLang';
import type { Bilingual } from '../api/types';

/** Labels of the shared talent lists, in the UI language. */
export function useTalentLabels() {
  const lang = useLang();
  return useMemo(
    () => ({
      lang,
      text: (b: Bilingual) => b[lang],
      kind: (k: CredentialKind) => talentLabel(CREDENTIAL_KINDS, k, lang),
      level: (l: CredentialLevel | null | undefined) => (l ? talentLabel(CREDENTIAL_LEVELS, l, lang) : ''),
      tier: (t: TalentTier | null | undefined) => (t ? talentLabel(TALENT_TIERS, t, lang) : ''),
      family: (f: string) => POST_FAMILIES.find((p) => p.value === f)?.[lang] ?? f,
      tierOptions: TALENT_TIERS.map((t) => ({ value: t.value, label: t[lang] })),
      kindOptions: CREDENTIAL_KINDS.map((k) => ({ value: k.value, label: k[lang] })),
    }),
    [lang],
  );
}
