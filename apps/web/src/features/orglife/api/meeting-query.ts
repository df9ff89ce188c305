import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { MeetingDetail } from './types';

/** One meeting; `pollMs` keeps it fresh while members are signing in with the QR code. */
export function useMeetingQuery(id: string | undefined, pollMs?: number) {
  return useQuery({
    queryKey: orglifeKeys.meeting(id ?? ''),
    queryFn: ({ signal }) => http.get<MeetingDetail>(`/meetings/${id}`, undefined, signal),
    enabled: !!id,
    refetchInterval: pollMs ?? false,
  });
}
