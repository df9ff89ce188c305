import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { OpenRoundInput } from './types';

/** Opens a rating round of a published version for a year (or quarter). */
export function useOpenRoundMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenRoundInput) => http.post<{ id: string }>('/rating-rounds', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ratingKeys.rounds }),
  });
}
