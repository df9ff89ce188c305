import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { TalkCoverage } from './types';

/** Which required pairs (committee ↔ committee, committee ↔ member) have talked this year. */
export function useTalkCoverageQuery(orgId: string | undefined, year: number) {
  return useQuery({
    queryKey: orglifeKeys.talkCoverage(orgId ?? '', year),
    queryFn: ({ signal }) => http.get<TalkCoverage>('/talks/coverage', { orgId, year }, signal),
    enabled: !!orgId,
  });
}
