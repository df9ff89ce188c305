import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { CreateMeetingInput } from './types';

/** Plans a meeting (status 计划); the sitting is recorded on the same record later. */
export function useCreateMeetingMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeetingInput) => http.post<{ id: string }>('/meetings', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: orglifeKeys.meetings }),
  });
}
