import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateAssessment } from './invalidate-assessment';

/** Adds a photo or PDF (at most 10 MB) to a criterion's evidence. */
export function useUploadEvidenceMutation(roundId: string, orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, file }: { code: string; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return http.upload<{ id: string }>(
        `/rating-rounds/${roundId}/orgs/${orgId}/answers/${encodeURIComponent(code)}/evidence`,
        form,
      );
    },
    onSuccess: () => invalidateAssessment(qc, roundId, orgId),
  });
}
