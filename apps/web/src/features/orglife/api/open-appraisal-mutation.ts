import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';

/** Opens the year's round with the branch's members on the roster. */
export function useOpenAppraisalMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { orgNodeId: string; year: number }) => http.post<{ id: string }>('/appraisals', body),
    onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: orglifeKeys.appraisal(v.orgNodeId, v.year) }),
  });
}
