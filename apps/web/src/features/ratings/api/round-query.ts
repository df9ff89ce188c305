import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { RoundDetail } from './types';

/** A round with its progress and the organisations the user works on in it. */
export function useRoundQuery(id: string) {
  return useQuery({
    queryKey: ratingKeys.roundDetail(id),
    queryFn: ({ signal }) => http.get<RoundDetail>(`/rating-rounds/${id}`, undefined, signal),
  });
}
