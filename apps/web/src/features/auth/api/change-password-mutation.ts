import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { authKeys } from './keys';

export function useChangePasswordMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      http.post<void>('/auth/password', body),
    // mustChangePassword flips to false: reload the session.
    onSuccess: () => qc.invalidateQueries({ queryKey: authKeys.me }),
  });
}
