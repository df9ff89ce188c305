import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';
import type { CreateSchemeInput } from './types';

/** Copies a built-in template into a new scheme whose version 1 is an editable draft. */
export function useCreateSchemeMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSchemeInput) =>
      http.post<{ id: string; version: number }>('/rating-schemes', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ratingKeys.schemes }),
  });
}
