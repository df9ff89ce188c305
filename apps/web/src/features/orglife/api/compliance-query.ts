import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { Compliance, ComplianceFilter } from './types';

/** The matrix of organisations × months for one year, computed from the records on the server. */
export function useComplianceQuery(filter: ComplianceFilter) {
  return useQuery({
    queryKey: orglifeKeys.complianceMatrix(filter),
    queryFn: ({ signal }) => http.get<Compliance>('/compliance', filter, signal),
    placeholderData: keepPreviousData,
  });
}
