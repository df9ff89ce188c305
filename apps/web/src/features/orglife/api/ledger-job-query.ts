import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { LedgerJob } from './types';

const POLL_MS = 700;

/** Polls the ledger job until it has finished. */
export function useLedgerJobQuery(id: string | undefined) {
  return useQuery({
    queryKey: orglifeKeys.job(id ?? ''),
    queryFn: ({ signal }) => http.get<LedgerJob>(`/jobs/${id}`, undefined, signal),
    enabled: !!id,
    staleTime: 0,
    refetchInterval: (q) =>
      q.state.data?.state === 'succeeded' || q.state.data?.state === 'failed' ? false : POLL_MS,
  });
}
