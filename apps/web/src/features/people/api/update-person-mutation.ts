import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys } from '../../orgs/api/keys';
import { peopleKeys } from './keys';
import type { UpdatePersonInput } from './types';

export function useUpdatePersonMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePersonInput) => http.patch<void>(`/people/${id}`, body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
      // A change of Party status changes member counts and warnings.
      await qc.invalidateQueries({ queryKey: orgKeys.all });
    },
  });
}
