import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { accountKeys } from './keys';

export type CreateAccountInput = {
  username: string;
  displayName: string;
  phone?: string | null;
  personId?: string | null;
  initialPassword: string;
};

export function useCreateAccountMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAccountInput) => http.post<{ id: string }>('/accounts', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
