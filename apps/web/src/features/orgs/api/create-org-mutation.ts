import type { OrgType } from '@zhibu/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orgKeys } from './keys';
import type { OrgFields } from './types';

export function useCreateOrgMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OrgFields & { parentId: string; type: OrgType }) =>
      http.post<{ id: string }>('/orgs', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
