import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { accountKeys } from './keys';

export type UpdateAccountInput = {
  displayName?: string;
  phone?: string | null;
  personId?: string | null;
  disabled?: boolean;
};

/** Edits an account; `{ disabled }` alone disables or enables it. */
export function useUpdateAccountMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateAccountInput & { id: string }) =>
      http.patch<void>(`/accounts/${id}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
