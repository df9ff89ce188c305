import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { accountKeys } from './keys';

export function useRevokeRoleMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ accountId, assignmentId }: { accountId: string; assignmentId: string }) =>
      http.delete<void>(`/accounts/${accountId}/roles/${assignmentId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
