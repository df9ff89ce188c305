import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { peopleKeys } from '../../people/api/keys';
import type { Page, PeopleListParams, PersonListItem } from '../../people/api/types';

/**
 * The Party members of an organisation from the roster. Used only while a meeting's attendance holds
 * nothing but QR sign-ins: the server then returns the signed-in rows without the rest of the roster,
 * and the organiser still needs everyone listed to mark them.
 */
export function useRosterFallbackQuery(orgId: string, enabled: boolean) {
  const params: PeopleListParams = { orgId, status: ['probationary', 'full'], page: 1, pageSize: 200 };
  return useQuery({
    queryKey: peopleKeys.list(params),
    queryFn: ({ signal }) => http.get<Page<PersonListItem>>('/people', params, signal),
    enabled,
  });
}
