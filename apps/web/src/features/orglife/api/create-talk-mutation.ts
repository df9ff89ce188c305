import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { TalkInput } from './types';

export function useCreateTalkMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TalkInput) => http.post<{ id: string }>('/talks', body),
    // Both the log and the coverage matrix change.
    onSuccess: () => qc.invalidateQueries({ queryKey: orglifeKeys.talks }),
  });
}
