import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { auditKeys } from './keys';
import type { VerifyResult } from './types';

/** Walks the whole hash chain on the server: run on demand only (enabled: false, call refetch). */
export function useVerifyAuditQuery() {
  return useQuery({
    queryKey: auditKeys.verify,
    queryFn: ({ signal }) => http.get<VerifyResult>('/audit-events/verify', undefined, signal),
    enabled: false,
    staleTime: 0,
    gcTime: 0,
  });
}
