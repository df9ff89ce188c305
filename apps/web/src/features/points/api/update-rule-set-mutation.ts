import type { PointRuleSet } from '@zhibu/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';

/** Saves a draft's definition (a published rule set is frozen; the server refuses it). */
export function useUpdateRuleSetMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (definition: PointRuleSet) => http.put<void>(`/points/rule-sets/${id}`, { definition }),
    onSuccess: () => qc.invalidateQueries({ queryKey: pointKeys.all }),
  });
}
