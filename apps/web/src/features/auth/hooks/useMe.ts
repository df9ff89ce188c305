import { useMeQuery } from '../api/me-query';
import type { Me } from '../api/types';

/** The signed-in user. Only for components rendered behind RequireAuth, where the session exists. */
export function useMe(): Me {
  const { data } = useMeQuery();
  if (!data) throw new Error('useMe() used outside RequireAuth');
  return data;
}
