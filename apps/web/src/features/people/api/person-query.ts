import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { peopleKeys } from './keys';
import type { PersonDetail } from './types';

export function usePersonQuery(id: string | undefined) {
  return useQuery({
    queryKey: peopleKeys.detail(id ?? ''),
    queryFn: ({ signal }) => http.get<PersonDetail>(`/people/${id}`, undefined, signal),
    enabled: !!id,
  });
}
