import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { AbsenceWarning } from './types';

/** Members 3 (notice) or 5 (urgent) months without organisational life, within a subtree. */
export function useAbsenceWarningsQuery(underId: string | undefined) {
  return useQuery({
    queryKey: orglifeKeys.absence(underId),
    queryFn: async ({ signal }) =>
      (await http.get<{ items: AbsenceWarning[] }>('/orglife/absence-warnings', { underId }, signal)).items,
  });
}
