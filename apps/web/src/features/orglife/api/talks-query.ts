import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { Talk } from './types';

/** The talks logged for one branch in one year, newest first. */
export function useTalksQuery(orgId: string | undefined, year: number) {
  return useQuery({
    queryKey: orglifeKeys.talkList(orgId ?? '', year),
    queryFn: async ({ signal }) =>
      (await http.get<{ items: Talk[] }>('/talks', { orgId, year }, signal)).items,
    enabled: !!orgId,
  });
}
