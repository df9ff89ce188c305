import type { LeagueParams, RoundStatus } from './types';

export const ratingKeys = {
  all: ['ratings'] as const,
  templates: ['ratings', 'templates'] as const,
  metrics: ['ratings', 'metrics'] as const,
  schemes: ['ratings', 'schemes'] as const,
  schemeList: ['ratings', 'schemes', 'list'] as const,
  scheme: (id: string) => ['ratings', 'schemes', 'detail', id] as const,
  version: (id: string, version: number) => ['ratings', 'schemes', 'version', id, version] as const,
  trend: (schemeId: string, orgId: string) => ['ratings', 'schemes', 'trend', schemeId, orgId] as const,
  rounds: ['ratings', 'rounds'] as const,
  roundList: (status: RoundStatus | undefined) => ['ratings', 'rounds', 'list', status ?? null] as const,
  /** Everything about one round: its detail, league table, results and assessments. */
  round: (id: string) => ['ratings', 'rounds', id] as const,
  roundDetail: (id: string) => ['ratings', 'rounds', id, 'detail'] as const,
  league: (id: string, p: LeagueParams) => ['ratings', 'rounds', id, 'league', p] as const,
  result: (id: string, orgId: string) => ['ratings', 'rounds', id, 'result', orgId] as const,
  assessment: (id: string, orgId: string) => ['ratings', 'rounds', id, 'assessment', orgId] as const,
  job: (id: string) => ['jobs', id] as const,
};
