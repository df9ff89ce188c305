import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { ratingKeys } from './keys';

/**
 * Imports a catalogue (.xlsx or .json). The server reads the form fields that come before the file,
 * so scopeOrgId must be appended first.
 */
export function useImportSchemeMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ scopeOrgId, file }: { scopeOrgId: string; file: File }) => {
      const form = new FormData();
      form.append('scopeOrgId', scopeOrgId);
      form.append('file', file, file.name);
      return http.upload<{ id: string; version: number }>('/rating-schemes/import', form);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ratingKeys.schemes }),
  });
}
