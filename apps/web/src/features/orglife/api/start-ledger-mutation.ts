import { useMutation } from '@tanstack/react-query';
import { http } from '../../../lib/http';

/** Starts the yearly ledger (.docx record book and .xlsx summary) as a job. */
export function useStartLedgerMutation() {
  return useMutation({
    mutationFn: (body: { orgId: string; year: number }) =>
      http.post<{ jobId: string }>('/orglife/ledgers', body),
  });
}
