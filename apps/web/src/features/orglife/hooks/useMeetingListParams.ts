import { MEETING_STATUSES, MEETING_TYPES, type MeetingType } from '@zhibu/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { MeetingListParams, MeetingStatus } from '../api/types';

const DEFAULT_PAGE_SIZE = 20;

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  v && (values as readonly string[]).includes(v) ? (v as T) : undefined;

/** The meeting list's filters and page live in the URL (bookmarkable; back returns to the same page). */
export function useMeetingListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<MeetingListParams>(
    () => ({
      q: search.get('q') ?? undefined,
      orgId: search.get('orgId') ?? undefined,
      type: oneOf<MeetingType>(MEETING_TYPES.values, search.get('type')),
      status: oneOf<MeetingStatus>(MEETING_STATUSES.values, search.get('status')),
      from: search.get('from') ?? undefined,
      to: search.get('to') ?? undefined,
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: Math.min(200, Math.max(1, Number(search.get('pageSize')) || DEFAULT_PAGE_SIZE)),
    }),
    [search],
  );

  /** Changing a filter goes back to page 1; changing only the page keeps the filters. */
  const update = useCallback(
    (patch: Partial<MeetingListParams>) =>
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            const s = v === undefined || v === null ? '' : String(v);
            if (s === '' || (k === 'page' && s === '1')) next.delete(k);
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
  return { params, update, reset };
}
