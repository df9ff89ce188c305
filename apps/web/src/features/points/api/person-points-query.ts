import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { PeriodParams, PersonPoints } from './types';

/** One member's points, for the branch that keeps them (points:read). */
export function usePersonPointsQuery(personId: string | undefined, period: PeriodParams) {
  return useQuery({
    queryKey: pointKeys.person(personId ?? '', period),
    queryFn: ({ signal }) => http.get<PersonPoints>(`/points/people/${personId}`, period, signal),
    enabled: Boolean(personId),
  });
}
