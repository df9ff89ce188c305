import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { AwardInput } from './types';

/** 支部认定: the branch records an item (an award, a deduction or a veto) for a member. */
export function useAwardMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AwardInput) => http.post<{ id: string }>('/points/entries', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: pointKeys.all }),
  });
}
