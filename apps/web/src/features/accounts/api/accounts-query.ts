import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { accountKeys } from './keys';
import type { Account, AccountListParams } from './types';

export function useAccountsQuery(params: AccountListParams) {
  return useQuery({
    queryKey: accountKeys.list(params),
    queryFn: ({ signal }) =>
      http.get<{ items: Account[]; total: number; page: number; pageSize: number }>(
        '/accounts',
        params,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}
