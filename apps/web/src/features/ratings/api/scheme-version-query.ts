import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { SchemeVersion } from './types';

/** One version's catalogue (categories, criteria, levels, formula). */
export function useSchemeVersionQuery(id: string, version: number | undefined) {
  return useQuery({
    queryKey: ratingKeys.version(id, version ?? 0),
    queryFn: ({ signal }) =>
      http.get<SchemeVersion>(`/rating-schemes/${id}/versions/${version}`, undefined, signal),
    enabled: version !== undefined,
  });
}
