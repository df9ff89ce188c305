import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PeriodParams } from '../api/types';

/** The year (default: this year) and quarter (default: the whole year) live in the URL. */
export function usePeriodParams() {
  const [search, setSearch] = useSearchParams();
  const period = useMemo<PeriodParams>(() => {
    const y = Number(search.get('year'));
    const q = Number(search.get('quarter'));
    return {
      year: Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : dayjs().year(),
      quarter: Number.isInteger(q) && q >= 1 && q <= 4 ? q : undefined,
    };
  }, [search]);
  const setPeriod = useCallback(
    (next: PeriodParams) =>
      setSearch(
        (prev) => {
          const p = new URLSearchParams(prev);
          p.set('year', String(next.year));
          if (next.quarter) p.set('quarter', String(next.quarter));
          else p.delete('quarter');
          return p;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { period, setPeriod };
}
