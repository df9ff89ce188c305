import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';

/** Publishes (results frozen) or archives a round. */
export function useRoundLifecycleMutation(roundId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: 'publish' | 'archive') => http.post<void>(`/rating-rounds/${roundId}/${action}`),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ratingKeys.round(roundId) }),
        qc.invalidateQueries({ queryKey: ratingKeys.rounds, refetchType: 'none' }),
      ]),
  });
}
