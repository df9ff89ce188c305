import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditFilter, AuditListParams } from '../api/types';

const FILTER_KEYS = ['q', 'action', 'entityType', 'entityId', 'actor', 'from', 'to'] as const;

/** Audit filters and page, kept in the URL so a finding can be shared as a link. */
export function useAuditListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<AuditListParams>(() => {
    const f: AuditFilter = {};
    for (const k of FILTER_KEYS) f[k] = search.get(k) ?? undefined;
    return {
      ...f,
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: Math.min(200, Math.max(1, Number(search.get('pageSize')) || 20)),
    };
  }, [search]);
  const update = useCallback(
    (patch: Partial<AuditListParams>) =>
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === '' || (k === 'page' && v === 1)) next.delete(k);
            else next.set(k, String(v));
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  const reset = useCallback(() => setSearch(new URLSearchParams(), { replace: true }), [setSearch]);
  const filter = useMemo<AuditFilter>(() => {
    const { page: _p, pageSize: _s, ...f } = params;
    return f;
  }, [params]);
  return { params, filter, update, reset };
}
