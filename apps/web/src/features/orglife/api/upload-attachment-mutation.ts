import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateMeeting } from './invalidate-meeting';
import type { Attachment } from './types';

/** Adds a photo (JPG/PNG/WebP) or PDF of at most 10 MB; the server refuses other files (415/413). */
export function useUploadAttachmentMutation(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return http.upload<Attachment>(`/meetings/${meetingId}/attachments`, form);
    },
    onSuccess: () => invalidateMeeting(qc, meetingId),
  });
}
