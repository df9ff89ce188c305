import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { accountKeys } from './keys';

export function useResetPasswordMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      http.post<void>(`/accounts/${id}/reset-password`, { newPassword }),
    // The reset also lifts a lock and sets "must change password".
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
