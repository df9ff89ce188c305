import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { EvaluationInput } from './types';

/** A member's self-evaluation and anonymous ballots for the others (replaces earlier ones). */
export function useSubmitEvaluationMutation(roundId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationInput) => http.post<void>(`/appraisals/${roundId}/evaluation`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: orglifeKeys.appraisals }),
  });
}
