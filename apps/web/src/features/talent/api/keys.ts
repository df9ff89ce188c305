import type { ReserveQuery, TierQuery } from './types';

export const talentKeys = {
  /** Everything about talent: a change anywhere refreshes every view of it. */
  all: ['talent'] as const,
  portraits: (orgId?: string) => ['talent', 'portraits', 'list', orgId ?? null] as const,
  portrait: (id: string) => ['talent', 'portraits', 'detail', id] as const,
  templates: ['talent', 'portrait-templates'] as const,
  credentials: (personId: string) => ['talent', 'credentials', personId] as const,
  match: (personId: string, portraitId: string) => ['talent', 'match', personId, portraitId] as const,
  tiers: (q: TierQuery) => ['talent', 'tiers', q] as const,
  reserve: (q: ReserveQuery) => ['talent', 'reserve', q] as const,
  reserveEntry: (id: string) => ['talent', 'reserve-entry', id] as const,
  me: ['talent', 'me'] as const,
  myCredentials: ['talent', 'me', 'credentials'] as const,
  myMatch: (portraitId: string) => ['talent', 'me', 'match', portraitId] as const,
};
