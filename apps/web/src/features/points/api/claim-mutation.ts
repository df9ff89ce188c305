import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { pointKeys } from './keys';
import type { ClaimInput } from './types';

/** 申报积分: the fields and up to 5 evidence files in one multipart request. */
export function useClaimMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ClaimInput) => {
      const form = new FormData();
      form.append('ruleCode', input.ruleCode);
      form.append('occurredOn', input.occurredOn);
      form.append('units', String(input.units));
      if (input.note) form.append('note', input.note);
      for (const file of input.files) form.append('files', file, file.name);
      return http.upload<{ id: string }>('/points/claims', form);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: pointKeys.all }),
  });
}
