import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { peopleKeys } from './keys';

/** Commits a validated batch; the server writes the people in a job (202 { jobId }). */
export function useConfirmImportMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) => http.post<{ jobId: string }>(`/people/imports/${importId}/confirm`),
    onSuccess: (_r, importId) => qc.invalidateQueries({ queryKey: peopleKeys.importBatch(importId) }),
  });
}
