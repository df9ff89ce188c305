import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { peopleKeys } from './keys';
import type { Page, PeopleListParams, PersonListItem } from './types';

/** One page of the roster. ID and phone numbers always arrive masked in lists. */
export function usePeopleQuery(params: PeopleListParams) {
  return useQuery({
    queryKey: peopleKeys.list(params),
    queryFn: ({ signal }) => http.get<Page<PersonListItem>>('/people', params, signal),
    // Keep the previous page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
