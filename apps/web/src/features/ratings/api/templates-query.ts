import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { RatingTemplate } from './types';

/** The built-in catalogues a committee can copy, with their size at a glance. */
export function useTemplatesQuery(enabled = true) {
  return useQuery({
    queryKey: ratingKeys.templates,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: RatingTemplate[] }>('/rating-templates', undefined, signal)).items,
    staleTime: Infinity,
    enabled,
  });
}
