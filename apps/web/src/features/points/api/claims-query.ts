import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { QueuedClaim } from './types';

/** The claims waiting for the branch's review (own claims are left out by the server). */
export function useClaimsQuery(enabled = true) {
  return useQuery({
    queryKey: pointKeys.claims,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: QueuedClaim[] }>('/points/claims', { status: 'claimed' }, signal)).items,
    enabled,
  });
}
