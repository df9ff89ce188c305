import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';

/** Records (or with level null withdraws) a 破格 level for an organisation; effective after re-evaluation. */
export function useOverrideMutation(roundId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ orgId, level, reason }: { orgId: string; level: number | null; reason?: string }) =>
      http.put<void>(`/rating-rounds/${roundId}/orgs/${orgId}/override`, { level, reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ratingKeys.round(roundId) }),
  });
}
