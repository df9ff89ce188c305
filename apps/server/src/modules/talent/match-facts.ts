import type { Executor } from '../../platform/db';
import { portraitMatch, type PortraitMatch } from './rules/index';
import type { TalentPerson } from './rules/types';
import { credentialsOf, latestScores, pairKey, type CredentialRow, type PersonFacts, type PortraitRow, type ScoreRow } from './talent.repository';

// Everything a portrait match needs for many (person, portrait) pairs in three queries: the people's
// credentials and their latest indicator scores. Used by the match page, tiers and the reserve pool.

export type MatchFacts = {
  scores: ScoreRow[];
  credentials: CredentialRow[];
  match: PortraitMatch<CredentialRow>;
  /** What tier and reserve criteria read. */
  talent: TalentPerson & { credentials: CredentialRow[] };
};

export async function matchFacts(
  ex: Executor,
  pairs: readonly { person: PersonFacts; portrait: PortraitRow }[],
  today: string,
): Promise<Map<string, MatchFacts>> {
  const [credentials, scores] = await Promise.all([
    credentialsOf(
      ex,
      pairs.map((p) => p.person.id),
    ),
    latestScores(
      ex,
      pairs.map((p) => ({ personId: p.person.id, portraitId: p.portrait.id })),
    ),
  ]);
  const out = new Map<string, MatchFacts>();
  for (const { person, portrait } of pairs) {
    const key = pairKey(person.id, portrait.id);
    const own = scores.get(key) ?? [];
    const creds = credentials.get(person.id) ?? [];
    const byCode = Object.fromEntries(own.map((s) => [s.indicatorCode, s.score]));
    const match = portraitMatch(portrait.definition, { scores: byCode, credentials: creds }, today);
    out.set(key, {
      scores: own,
      credentials: creds,
      match,
      talent: { matchScore: match.score, qualified: match.qualified, birthDate: person.birthDate, credentials: creds },
    });
  }
  return out;
}
