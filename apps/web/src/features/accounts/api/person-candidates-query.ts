import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { accountKeys } from './keys';
import type { PersonCandidate } from './types';

/** People to link an account to: names and organisations only (the administrator sees no records). */
export function usePersonCandidatesQuery(q: string) {
  return useQuery({
    queryKey: accountKeys.personCandidates(q),
    queryFn: async ({ signal }) =>
      (await http.get<{ items: PersonCandidate[] }>('/accounts/person-candidates', { q }, signal)).items,
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}
