import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';

/** Copies a version into a new draft (the way to change a published catalogue). */
export function useNewVersionMutation(schemeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (fromVersion: number) =>
      http.post<{ version: number }>(`/rating-schemes/${schemeId}/versions`, { fromVersion }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ratingKeys.schemes }),
  });
}
