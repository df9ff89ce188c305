import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { GradeInput } from './types';

/** The committee's grades; refused beyond the 1/3 cap on 优秀 or against a veto. */
export function useSaveGradesMutation(roundId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (grades: GradeInput[]) => http.put<void>(`/appraisals/${roundId}/grades`, { grades }),
    onSuccess: () => qc.invalidateQueries({ queryKey: orglifeKeys.appraisals }),
  });
}
