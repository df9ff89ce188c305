import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { BranchAggregate, PeriodParams } from './types';

/** Branch-level figures under an organisation: members, average, vetoes, claims pending. */
export function useAggregatesQuery(orgId: string | undefined, period: PeriodParams) {
  return useQuery({
    queryKey: pointKeys.aggregates(orgId ?? '', period),
    queryFn: async ({ signal }) =>
      (await http.get<{ items: BranchAggregate[] }>('/points/aggregates', { orgId, ...period }, signal))
        .items,
    enabled: Boolean(orgId),
  });
}
