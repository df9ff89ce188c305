import { useQuery } from '@tanstack/react-query';
import { ApiError, http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { AppraisalRound } from './types';

/** The round of one branch and year, or null when none was opened yet (404). */
export function useAppraisalQuery(orgId: string | undefined, year: number) {
  return useQuery({
    queryKey: orglifeKeys.appraisal(orgId ?? '', year),
    queryFn: async ({ signal }) => {
      try {
        return await http.get<AppraisalRound>('/appraisals', { orgId, year }, signal);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
    enabled: !!orgId,
  });
}
