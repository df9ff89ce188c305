import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { auditKeys } from './keys';
import type { AuditEvent, AuditListParams } from './types';

export function useAuditEventsQuery(params: AuditListParams) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: ({ signal }) =>
      http.get<{ items: AuditEvent[]; total: number; page: number; pageSize: number }>(
        '/audit-events',
        params,
        signal,
      ),
    placeholderData: keepPreviousData,
    // The log grows while the auditor reads it; show new entries when the page is revisited.
    staleTime: 0,
  });
}
