import { useQueries } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { MeetingDetail } from './types';

/** Several meetings in full (the print view of a year); shares the cache with single meetings. */
export function useMeetingDetailsQuery(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: orglifeKeys.meeting(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        http.get<MeetingDetail>(`/meetings/${id}`, undefined, signal),
    })),
    combine: (results) => ({
      data: results.map((r) => r.data).filter((d): d is MeetingDetail => !!d),
      pending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
}
