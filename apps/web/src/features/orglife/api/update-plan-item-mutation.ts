import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { PlanItemPatch } from './types';

export function useUpdatePlanItemMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: PlanItemPatch & { id: string }) =>
      http.patch<void>(`/plans/items/${id}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: orglifeKeys.plans }),
  });
}
