import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';

export function useDeletePlanItemMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => http.delete<void>(`/plans/items/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: orglifeKeys.plans }),
  });
}
