import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateAssessment } from './invalidate-assessment';

export type SubmissionAction =
  { action: 'submit' } | { action: 'return'; reason: string } | { action: 'review-complete' };

/** Moves the self-assessment along: the branch submits; the committee returns it or completes the review. */
export function useSubmissionMutation(roundId: string, orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: SubmissionAction) =>
      http.post<void>(
        `/rating-rounds/${roundId}/orgs/${orgId}/${a.action}`,
        a.action === 'return' ? { reason: a.reason } : undefined,
      ),
    onSuccess: () => invalidateAssessment(qc, roundId, orgId),
  });
}
