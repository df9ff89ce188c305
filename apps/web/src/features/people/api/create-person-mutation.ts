import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys } from '../../orgs/api/keys';
import { peopleKeys } from './keys';
import type { CreatePersonInput } from './types';

export function useCreatePersonMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePersonInput) => http.post<{ id: string }>('/people', body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
      // Member counts and warnings of the organisation change.
      await qc.invalidateQueries({ queryKey: orgKeys.all });
    },
  });
}
