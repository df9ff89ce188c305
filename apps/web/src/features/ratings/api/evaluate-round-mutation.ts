import { useMutation } from '@tanstack/react-query';
import { http } from '../../../lib/http';

/** Starts evaluating every organisation of the round as a job. */
export function useEvaluateRoundMutation(roundId: string) {
  return useMutation({
    mutationFn: () => http.post<{ jobId: string }>(`/rating-rounds/${roundId}/evaluate`),
  });
}
