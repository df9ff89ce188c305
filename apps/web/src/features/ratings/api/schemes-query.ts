import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { SchemeListItem } from './types';

/** The rating schemes that apply to the user's scope. */
export function useSchemesQuery() {
  return useQuery({
    queryKey: ratingKeys.schemeList,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: SchemeListItem[] }>('/rating-schemes', undefined, signal)).items,
  });
}
