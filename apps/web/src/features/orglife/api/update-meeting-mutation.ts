import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateMeeting } from './invalidate-meeting';
import type { UpdateMeetingInput } from './types';

/** PATCH /meetings/:id: any subset of the fields, with the version the user edited. */
export function useUpdateMeetingMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeetingInput) => http.patch<void>(`/meetings/${id}`, body),
    onSuccess: () => invalidateMeeting(qc, id),
  });
}
