import { useMutation } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import type { WhatIfChange, WhatIfResult } from './types';

/** Simulates changed records or scores against today's data; nothing is saved. */
export function useWhatIfMutation(roundId: string, orgId: string) {
  return useMutation({
    mutationFn: (changes: WhatIfChange[]) =>
      http.post<WhatIfResult>(`/rating-rounds/${roundId}/orgs/${orgId}/what-if`, { changes }),
  });
}
