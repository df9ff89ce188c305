import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { League, LeagueParams } from './types';

/** One page of the branches' results with the star distribution (administrators only). */
export function useLeagueQuery(roundId: string, params: LeagueParams, enabled = true) {
  return useQuery({
    queryKey: ratingKeys.league(roundId, params),
    queryFn: ({ signal }) => http.get<League>(`/rating-rounds/${roundId}/league`, params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
