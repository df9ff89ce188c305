import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { accountKeys } from './keys';
import type { OrgOption } from './types';

/** The whole tree's names, for choosing where a role applies (security administrator). */
export function useOrgOptionsQuery() {
  return useQuery({
    queryKey: accountKeys.orgOptions,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: OrgOption[] }>('/accounts/org-options', undefined, signal)).items,
    staleTime: 5 * 60_000,
  });
}
