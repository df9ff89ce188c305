import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { authKeys } from './keys';
import type { DemoAccounts } from './types';

export function useDemoAccountsQuery() {
  return useQuery({
    queryKey: authKeys.demoAccounts,
    queryFn: () => http.get<DemoAccounts>('/auth/demo-accounts'),
    staleTime: Infinity,
  });
}
