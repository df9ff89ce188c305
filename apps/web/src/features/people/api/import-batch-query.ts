import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { peopleKeys } from './keys';
import type { ImportBatch } from './types';

/** The batch as it stands after job `jobId`; fetched only once that job has finished. */
export function useImportBatchQuery(id: string | undefined, jobId: string | undefined, jobFinished: boolean) {
  return useQuery({
    queryKey: peopleKeys.importBatch(id ?? '', jobId),
    queryFn: ({ signal }) => http.get<ImportBatch>(`/people/imports/${id}`, undefined, signal),
    enabled: !!id && jobFinished,
    staleTime: 0,
    // Should the batch lag behind its job for a moment, look again shortly.
    refetchInterval: (q) =>
      q.state.data?.state === 'validating' || q.state.data?.state === 'committing' ? 1000 : false,
  });
}
