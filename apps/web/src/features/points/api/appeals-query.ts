import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { OpenAppeal } from './types';

/** The open appeals the committee decides (never the user's own). */
export function useAppealsQuery() {
  return useQuery({
    queryKey: pointKeys.appeals,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: OpenAppeal[] }>('/points/appeals', { status: 'open' }, signal)).items,
  });
}
