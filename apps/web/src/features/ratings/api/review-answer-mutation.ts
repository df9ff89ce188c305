import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateAssessment } from './invalidate-assessment';
import type { ReviewInput } from './types';

/** The committee's judgement of one criterion: score, pass, veto triggered, comment. */
export function useReviewAnswerMutation(roundId: string, orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, ...body }: ReviewInput & { code: string }) =>
      http.put<void>(
        `/rating-rounds/${roundId}/orgs/${orgId}/answers/${encodeURIComponent(code)}/review`,
        body,
      ),
    onSuccess: () => invalidateAssessment(qc, roundId, orgId),
  });
}
