import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys, type WarningFilter } from './keys';
import type { OrgWarningRow } from './types';

export function useOrgWarningsQuery(filter: WarningFilter) {
  return useQuery({
    queryKey: orgKeys.warnings(filter),
    queryFn: async ({ signal }) =>
      (await http.get<{ items: OrgWarningRow[] }>('/orgs/warnings', filter, signal)).items,
    placeholderData: keepPreviousData,
  });
}
