import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http, setCsrf } from '../../../lib/http';
import { authKeys } from './keys';

export function useLogoutMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => http.post<void>('/auth/logout'),
    onSettled: () => {
      setCsrf('', null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      qc.setQueryData(authKeys.me, null);
    },
  });
}
