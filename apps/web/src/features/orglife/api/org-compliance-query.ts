import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { OrgCompliance } from './types';

/** One organisation's year: month cells and the meetings that counted. */
export function useOrgComplianceQuery(orgId: string | undefined, year: number) {
  return useQuery({
    queryKey: orglifeKeys.orgCompliance(orgId ?? '', year),
    queryFn: ({ signal }) => http.get<OrgCompliance>(`/compliance/orgs/${orgId}`, { year }, signal),
    enabled: !!orgId,
  });
}
