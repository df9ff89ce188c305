import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { peopleKeys } from './keys';
import type { Page, PersonListItem } from './types';

/** A short list of people by name, for pickers (committee posts and the like). */
export function usePersonSearchQuery(q: string, orgId: string | undefined) {
  return useQuery({
    queryKey: peopleKeys.search(q, orgId),
    queryFn: async ({ signal }) =>
      (
        await http.get<Page<PersonListItem>>(
          '/people',
          { q: q || undefined, orgId, pageSize: 20, page: 1 },
          signal,
        )
      ).items,
    placeholderData: keepPreviousData,
  });
}
