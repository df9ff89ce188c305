import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http, setCsrf } from '../../../lib/http';
import { authKeys } from './keys';
import type { Me } from './types';

export function useLoginMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { login: string; password: string }) => http.post<Me>('/auth/login', body),
    onSuccess: (me) => {
      // Nothing cached for a previous user may leak into this session.
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      setCsrf(me.csrfHeader, me.csrfToken);
      qc.setQueryData(authKeys.me, me);
    },
  });
}
