import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { RatingJob } from './types';

const POLL_MS = 700;

/** Polls the evaluation job until it has finished. */
export function useEvaluationJobQuery(id: string | undefined) {
  return useQuery({
    queryKey: ratingKeys.job(id ?? ''),
    queryFn: ({ signal }) => http.get<RatingJob>(`/jobs/${id}`, undefined, signal),
    enabled: !!id,
    staleTime: 0,
    refetchInterval: (q) =>
      q.state.data?.state === 'succeeded' || q.state.data?.state === 'failed' ? false : POLL_MS,
  });
}
