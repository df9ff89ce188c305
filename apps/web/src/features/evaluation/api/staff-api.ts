import { useMutation, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { evaluationKeys } from './keys';
import type { Scores, StaffForm } from './types';

// The anonymous staff link (no session): /api/v1/rate/:token answers without signing in.

export function useStaffFormQuery(token: string) {
  return useQuery({
    queryKey: evaluationKeys.staff(token),
    queryFn: ({ signal }) => http.get<StaffForm>(`/rate/${encodeURIComponent(token)}`, undefined, signal),
    // A used, withdrawn or unknown link stays so: one answer is enough.
    retry: false,
    staleTime: Infinity,
  });
}

export function useSubmitStaffSheetMutation(token: string) {
  return useMutation({
    mutationFn: (sheets: { rateeId: string; scores: Scores }[]) =>
      http.post<{ submitted: number }>(`/rate/${encodeURIComponent(token)}`, { sheets }),
  });
}
