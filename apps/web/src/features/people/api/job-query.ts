import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { peopleKeys } from './keys';
import type { Job } from './types';

const POLL_MS = 700;

/** Polls a background job until it has finished. */
export function useJobQuery(id: string | undefined) {
  return useQuery({
    queryKey: peopleKeys.job(id ?? ''),
    queryFn: ({ signal }) => http.get<Job>(`/jobs/${id}`, undefined, signal),
    enabled: !!id,
    staleTime: 0,
    refetchInterval: (q) =>
      q.state.data?.state === 'succeeded' || q.state.data?.state === 'failed' ? false : POLL_MS,
  });
}
