import { useQuery } from '@tanstack/react-query';
import { ApiError, http, setCsrf } from '../../../lib/http';
import { authKeys } from './keys';
import type { Me } from './types';

/** The signed-in user, or null when there is no session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await http.get<Me>('/auth/me');
    setCsrf(me.csrfHeader, me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrf('', null);
      return null;
    }
    throw err;
  }
}

export function useMeQuery() {
  // The session changes only through login, logout and password change, which update this entry.
  return useQuery({ queryKey: authKeys.me, queryFn: fetchMe, staleTime: Infinity, retry: false });
}
