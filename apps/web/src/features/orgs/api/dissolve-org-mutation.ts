import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys } from './keys';

export function useDissolveOrgMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number }) => http.post<void>(`/orgs/${id}/dissolve`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
