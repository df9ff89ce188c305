import type { Role } from '@zhibu/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AccountListParams } from '../api/types';

/** Account list filters and page, kept in the URL. */
export function useAccountListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<AccountListParams>(() => {
    const disabled = search.get('disabled');
    return {
      q: search.get('q') ?? undefined,
      role: (search.get('role') as Role | null) ?? undefined,
      disabled: disabled === 'true' || disabled === 'false' ? disabled : undefined,
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: Math.min(200, Math.max(1, Number(search.get('pageSize')) || 20)),
    };
  }, [search]);
  const update = useCallback(
    (patch: Partial<AccountListParams>) =>
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
  return { params, update };
}
