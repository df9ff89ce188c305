import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { PeriodParams, PersonPoints } from './types';

/** The signed-in member's own points for a year or a quarter. */
export function useMyPointsQuery(period: PeriodParams) {
  return useQuery({
    queryKey: pointKeys.mine(period),
    queryFn: ({ signal }) => http.get<PersonPoints>('/points/me', period, signal),
  });
}
