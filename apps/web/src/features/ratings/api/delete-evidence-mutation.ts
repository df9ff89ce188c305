import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateAssessment } from './invalidate-assessment';

export function useDeleteEvidenceMutation(roundId: string, orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      http.delete<void>(`/rating-rounds/${roundId}/orgs/${orgId}/evidence/${attachmentId}`),
    onSuccess: () => invalidateAssessment(qc, roundId, orgId),
  });
}
