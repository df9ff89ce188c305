import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateAssessment } from './invalidate-assessment';
import type { AnswerInput } from './types';

/** Saves the branch's answer to one criterion: answered (自选题), self score, note. */
export function useSaveAnswerMutation(roundId: string, orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, ...body }: AnswerInput & { code: string }) =>
      http.put<void>(`/rating-rounds/${roundId}/orgs/${orgId}/answers/${encodeURIComponent(code)}`, body),
    onSuccess: () => invalidateAssessment(qc, roundId, orgId),
  });
}
