import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';

/** Drafts the year's plan from the frequency rules; PLAN_EXISTS unless `replace`. */
export function useGeneratePlanMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { orgNodeId: string; year: number; replace: boolean }) =>
      http.post<{ items: number }>('/plans/generate', body),
    onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: orglifeKeys.plan(v.orgNodeId, v.year) }),
  });
}
