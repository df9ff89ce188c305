import type { CredentialFacts } from '@zhibu/shared';

export type Bilingual = { zh: string; en: string };

/** A person as a portrait sees them: indicator scores (0..100, keyed by indicator code) and credentials. */
export type PortraitCandidate = {
  /** Missing, null or non-finite means "not scored yet": it counts as 0 and is listed as unscored. */
  scores: Readonly<Record<string, number | null | undefined>>;
  credentials: readonly CredentialFacts[];
};

/** A person as tier and reserve criteria see them, after matching against their post's portrait. */
export type TalentPerson = {
  /** `PortraitMatch.score` against the person's own post; null when no portrait applies. */
  matchScore: number | null;
  /** `PortraitMatch.qualified`: gates passed and mandatory certificates held. */
  qualified: boolean;
  /** YYYY-MM-DD; needed only when a criterion caps the age. */
  birthDate?: string | null;
  credentials: readonly CredentialFacts[];
};
