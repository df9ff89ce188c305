import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys } from './keys';

export function useMoveOrgMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { parentId: string; version: number }) => http.post<void>(`/orgs/${id}/move`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
