import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateMeeting } from './invalidate-meeting';

export function useDeleteAttachmentMutation(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      http.delete<void>(`/meetings/${meetingId}/attachments/${attachmentId}`),
    onSuccess: () => invalidateMeeting(qc, meetingId),
  });
}
