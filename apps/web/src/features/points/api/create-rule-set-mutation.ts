import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { CreateRuleSetInput } from './types';

/** A draft rule set copied from a template: version 1, or the next version of that scope and year. */
export function useCreateRuleSetMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRuleSetInput) =>
      http.post<{ id: string; version: number }>('/points/rule-sets', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: pointKeys.all }),
  });
}
