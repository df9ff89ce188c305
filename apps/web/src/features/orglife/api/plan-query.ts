import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { PlanItem } from './types';

/** The annual plan of one organisation, each item with its status (done / overdue / upcoming). */
export function usePlanQuery(orgId: string | undefined, year: number) {
  return useQuery({
    queryKey: orglifeKeys.plan(orgId ?? '', year),
    queryFn: async ({ signal }) =>
      (await http.get<{ items: PlanItem[] }>('/plans', { orgId, year }, signal)).items,
    enabled: !!orgId,
  });
}
