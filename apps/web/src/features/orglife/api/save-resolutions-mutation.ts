import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateMeeting } from './invalidate-meeting';
import type { ResolutionInput } from './types';

/** Replaces the resolutions and their vote counts; validity is recomputed on the server. */
export function useSaveResolutionsMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; resolutions: ResolutionInput[] }) =>
      http.put<void>(`/meetings/${id}/resolutions`, body),
    onSuccess: () => invalidateMeeting(qc, id),
  });
}
