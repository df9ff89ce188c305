import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys } from './keys';
import type { OrgDetail } from './types';

export function useOrgDetailQuery(id: string | undefined) {
  return useQuery({
    queryKey: orgKeys.detail(id ?? ''),
    queryFn: ({ signal }) => http.get<OrgDetail>(`/orgs/${id}`, undefined, signal),
    enabled: !!id,
  });
}
