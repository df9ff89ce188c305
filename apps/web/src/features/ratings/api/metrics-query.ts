import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';

export type RatingMetric = { key: string; zh: string; en: string; unit: string };

/** The metrics the platform computes (what a criterion's `metric.key` means, in words). */
export function useMetricsQuery() {
  return useQuery({
    queryKey: ratingKeys.metrics,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: RatingMetric[] }>('/rating-metrics', undefined, signal)).items,
    staleTime: Infinity,
  });
}
