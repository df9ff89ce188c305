import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys } from './keys';
import type { OrgFields } from './types';

export function useUpdateOrgMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<OrgFields> & { version: number }) => http.patch<void>(`/orgs/${id}`, body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: orgKeys.all });
      // A rename shows in every roster row of the organisation.
      await qc.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
