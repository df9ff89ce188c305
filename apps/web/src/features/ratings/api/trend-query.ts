import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { Trend } from './types';

/** One organisation's levels over the published rounds of a scheme. */
export function useTrendQuery(schemeId: string | undefined, orgId: string) {
  return useQuery({
    queryKey: ratingKeys.trend(schemeId ?? '', orgId),
    queryFn: ({ signal }) => http.get<Trend>(`/rating-schemes/${schemeId}/trend`, { orgId }, signal),
    enabled: !!schemeId,
  });
}
