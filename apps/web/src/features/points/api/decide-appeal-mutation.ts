import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';

/** 申诉成立 or 驳回, always with a reason. */
export function useDecideAppealMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      appealId,
      decision,
      reason,
    }: {
      appealId: string;
      decision: 'uphold' | 'dismiss';
      reason: string;
    }) => http.post<void>(`/points/appeals/${appealId}/decision`, { decision, reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: pointKeys.all }),
  });
}
