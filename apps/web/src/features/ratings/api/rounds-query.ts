import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { RoundListItem, RoundStatus } from './types';

/** Rating rounds in the user's scope; without a status, all but the archived ones. */
export function useRoundsQuery(status: RoundStatus | undefined) {
  return useQuery({
    queryKey: ratingKeys.roundList(status),
    queryFn: async ({ signal }) =>
      (await http.get<{ items: RoundListItem[] }>('/rating-rounds', { status }, signal)).items,
    placeholderData: keepPreviousData,
  });
}
