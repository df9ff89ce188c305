import type { Role } from '@zhibu/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { accountKeys } from './keys';

export function useAssignRoleMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ accountId, ...body }: { accountId: string; role: Role; orgNodeId: string }) =>
      http.post<{ id: string }>(`/accounts/${accountId}/roles`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
