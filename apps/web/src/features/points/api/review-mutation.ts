import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';

/** 通过 or 退回 a claim; returning it needs a reason. */
export function useReviewMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      entryId,
      decision,
      reason,
    }: {
      entryId: string;
      decision: 'approve' | 'reject';
      reason?: string;
    }) => http.post<void>(`/points/entries/${entryId}/review`, { decision, reason: reason ?? null }),
    onSuccess: () => qc.invalidateQueries({ queryKey: pointKeys.all }),
  });
}
