import type { SchemeDefinition } from '@zhibu/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';

/** Saves a draft version's catalogue; the server validates it (422 with `details.problems`). */
export function useSaveDraftMutation(schemeId: string, version: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { definition: SchemeDefinition; note?: string | null }) =>
      http.put<void>(`/rating-schemes/${schemeId}/versions/${version}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ratingKeys.schemes }),
  });
}
