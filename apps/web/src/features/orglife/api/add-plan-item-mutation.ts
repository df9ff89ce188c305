import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { PlanItemInput } from './types';

export function useAddPlanItemMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanItemInput) => http.post<{ id: string }>('/plans/items', body),
    onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: orglifeKeys.plan(v.orgNodeId, v.year) }),
  });
}
