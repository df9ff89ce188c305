import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ComplianceFilter } from '../api/types';

const STATUSES = ['green', 'yellow', 'red'] as const;

/** The matrix filters (year, subtree, branches or groups, worst status) in the URL. */
export function useComplianceParams() {
  const [search, setSearch] = useSearchParams();
  const filter = useMemo<ComplianceFilter>(() => {
    const status = search.get('status');
    return {
      year: Number(search.get('year')) || dayjs().year(),
      underId: search.get('underId') ?? undefined,
      type: search.get('type') === 'group' ? 'group' : 'branch',
      status: (STATUSES as readonly string[]).includes(status ?? '')
        ? (status as ComplianceFilter['status'])
        : undefined,
    };
  }, [search]);
  const update = useCallback(
    (patch: Partial<ComplianceFilter>) =>
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === '' || (k === 'type' && v === 'branch')) next.delete(k);
            else next.set(k, String(v));
          }
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { filter, update, legacyOrgId: search.get('orgId') ?? undefined };
}
