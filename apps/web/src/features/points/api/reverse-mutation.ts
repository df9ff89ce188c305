import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';

/** 冲正: an opposite entry cancels an approved claim or branch record; the original stays. */
export function useReverseMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, reason }: { entryId: string; reason: string }) =>
      http.post<{ id: string }>(`/points/entries/${entryId}/reverse`, { reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: pointKeys.all }),
  });
}
