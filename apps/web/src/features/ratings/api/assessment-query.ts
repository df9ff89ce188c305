import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { Assessment } from './types';

/** A branch's self-assessment sheet with evidence and the committee's review. */
export function useAssessmentQuery(roundId: string, orgId: string) {
  return useQuery({
    queryKey: ratingKeys.assessment(roundId, orgId),
    queryFn: ({ signal }) =>
      http.get<Assessment>(`/rating-rounds/${roundId}/orgs/${orgId}/assessment`, undefined, signal),
  });
}
