import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';

/** 申诉: a member contests a rejected claim or a branch record; the committee decides. */
export function useAppealMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, reason }: { entryId: string; reason: string }) =>
      http.post<{ id: string }>(`/points/entries/${entryId}/appeal`, { reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: pointKeys.all }),
  });
}
