import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';

/** Publishes a draft: from then on the version is frozen and can be rated with. */
export function usePublishVersionMutation(schemeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      http.post<void>(`/rating-schemes/${schemeId}/versions/${version}/publish`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ratingKeys.schemes }),
  });
}
