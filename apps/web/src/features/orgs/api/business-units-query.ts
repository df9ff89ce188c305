import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys } from './keys';
import type { BusinessUnit } from './types';

/** Factories, workshops, departments and teams an organisation or person may be linked to. */
export function useBusinessUnitsQuery(enabled = true) {
  return useQuery({
    queryKey: orgKeys.businessUnits,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: BusinessUnit[] }>('/business-units', undefined, signal)).items,
    staleTime: 5 * 60_000,
    enabled,
  });
}
