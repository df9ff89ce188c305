import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { RatingResult } from './types';

/** An organisation's result: explanations, sources, what capped the level and the gap to the next one. */
export function useResultQuery(roundId: string, orgId: string) {
  return useQuery({
    queryKey: ratingKeys.result(roundId, orgId),
    queryFn: ({ signal }) =>
      http.get<RatingResult>(`/rating-rounds/${roundId}/orgs/${orgId}/result`, undefined, signal),
    retry: false,
  });
}
