import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { BalanceQuery, Balances } from './types';

/** One page of an organisation's members with their balances, in name order. */
export function useBalancesQuery(query: BalanceQuery | null) {
  return useQuery({
    queryKey: pointKeys.balances(query ?? { orgId: '', year: 0, page: 1, pageSize: 1 }),
    queryFn: ({ signal }) => http.get<Balances>('/points/balances', query!, signal),
    placeholderData: keepPreviousData,
    enabled: query !== null,
  });
}
