import type { AgeBand, EducationLevel, Gender, PartyStatus } from '@zhibu/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PEOPLE_SORTS, type PeopleFilter, type PeopleListParams, type PeopleSort } from '../api/types';

const DEFAULT_PAGE_SIZE = 20;

const list = <T extends string>(v: string | null) => (v ? (v.split(',').filter(Boolean) as T[]) : undefined);

/**
 * The roster's filters, sort and page live in the URL: a filtered list can be bookmarked or shared,
 * and the back button returns to the same page after opening a person.
 */
export function usePeopleListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<PeopleListParams>(() => {
    const sort = search.get('sort');
    return {
      q: search.get('q') ?? undefined,
      orgId: search.get('orgId') ?? undefined,
      status: list<PartyStatus>(search.get('status')),
      gender: (search.get('gender') as Gender | null) ?? undefined,
      ageBand: list<AgeBand>(search.get('ageBand')),
      education: list<EducationLevel>(search.get('education')),
      sort: sort && (PEOPLE_SORTS as readonly string[]).includes(sort) ? (sort as PeopleSort) : 'name',
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: Math.min(200, Math.max(1, Number(search.get('pageSize')) || DEFAULT_PAGE_SIZE)),
    };
  }, [search]);

  /** Changing a filter goes back to page 1; changing only the page keeps the filters. */
  const update = useCallback(
    (patch: Partial<PeopleListParams>) =>
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            const s = Array.isArray(v) ? v.join(',') : v === undefined || v === null ? '' : String(v);
            if (s === '' || (k === 'sort' && s === 'name') || (k === 'page' && s === '1')) next.delete(k);
            else next.set(k, s);
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );

  const reset = useCallback(() => setSearch(new URLSearchParams(), { replace: true }), [setSearch]);
  const filter: PeopleFilter = useMemo(() => {
    const { page: _p, pageSize: _s, ...f } = params;
    return f;
  }, [params]);
  return { params, filter, update, reset };
}
