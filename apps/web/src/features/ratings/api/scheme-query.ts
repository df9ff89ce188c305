import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { SchemeDetail } from './types';

/** One scheme with its versions, newest first. */
export function useSchemeQuery(id: string) {
  return useQuery({
    queryKey: ratingKeys.scheme(id),
    queryFn: ({ signal }) => http.get<SchemeDetail>(`/rating-schemes/${id}`, undefined, signal),
  });
}
