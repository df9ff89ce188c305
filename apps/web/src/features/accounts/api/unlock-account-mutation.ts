import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { accountKeys } from './keys';

export function useUnlockAccountMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => http.post<void>(`/accounts/${id}/unlock`),
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
