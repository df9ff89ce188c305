import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys } from '../../orgs/api/keys';
import { peopleKeys } from './keys';
import type { TransferInput } from './types';

export function useTransferPersonMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TransferInput) => http.post<void>(`/people/${id}/transfer`, body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
      await qc.invalidateQueries({ queryKey: orgKeys.all });
    },
  });
}
