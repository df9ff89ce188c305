import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { PointTemplate } from './types';

/** The built-in rule set templates (先锋指数, 基础分 60 …). */
export function usePointTemplatesQuery() {
  return useQuery({
    queryKey: pointKeys.templates,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: PointTemplate[] }>('/points/templates', undefined, signal)).items,
    staleTime: Infinity,
  });
}
