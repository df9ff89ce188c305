import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { LeagueParams } from '../api/types';

const DEFAULT_PAGE_SIZE = 20;

/** The league table's filters, sort and page live in the URL (the export uses the same filters). */
export function useLeagueParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<LeagueParams>(() => {
    const level = search.get('level');
    return {
      underOrgId: search.get('underOrgId') ?? undefined,
      level: level !== null && level !== '' && Number.isInteger(Number(level)) ? Number(level) : undefined,
      q: search.get('q') ?? undefined,
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: Math.min(200, Math.max(1, Number(search.get('pageSize')) || DEFAULT_PAGE_SIZE)),
      sort: search.get('sort') === 'code' ? 'code' : 'total',
    };
  }, [search]);

  /** Changing a filter goes back to page 1; changing only the page keeps the filters. */
  const update = useCallback(
    (patch: Partial<LeagueParams>) =>
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            const s = v === undefined || v === null ? '' : String(v);
            if (s === '' || (k === 'page' && s === '1') || (k === 'sort' && s === 'total')) next.delete(k);
            else next.set(k, s);
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { params, update };
}
