import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';

/** Puts a draft in force; the version published before it for the same scope and year is superseded. */
export function usePublishRuleSetMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => http.post<void>(`/points/rule-sets/${id}/publish`),
    onSuccess: () => qc.invalidateQueries({ queryKey: pointKeys.all }),
  });
}
