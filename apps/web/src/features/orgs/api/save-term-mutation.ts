import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys } from './keys';
import type { TermInput } from './types';

/** Records a new term (POST) or corrects the current one (PUT with its id). */
export function useSaveTermMutation(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ termId, ...body }: TermInput & { termId?: string }): Promise<void> => {
      if (termId) await http.put<void>(`/orgs/${orgId}/terms/${termId}`, body);
      else await http.post<{ id: string }>(`/orgs/${orgId}/terms`, body);
    },
    // Terms feed the warnings (secretary vacant, term ending) shown in the tree and the list.
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
