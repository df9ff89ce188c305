import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';

/** Deletes a draft version (never the only version of a scheme). */
export function useDeleteDraftMutation(schemeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => http.delete<void>(`/rating-schemes/${schemeId}/versions/${version}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ratingKeys.schemes }),
  });
}
