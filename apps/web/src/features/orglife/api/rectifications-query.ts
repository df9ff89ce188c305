import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { RectificationItem } from './types';

/** The rectification list (整改清单) of a 组织生活会. */
export function useRectificationsQuery(meetingId: string, enabled: boolean) {
  return useQuery({
    queryKey: orglifeKeys.rectifications(meetingId),
    queryFn: async ({ signal }) =>
      (
        await http.get<{ items: RectificationItem[] }>(
          `/meetings/${meetingId}/rectifications`,
          undefined,
          signal,
        )
      ).items,
    enabled,
  });
}
