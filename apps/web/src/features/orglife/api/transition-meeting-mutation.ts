import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateMeeting } from './invalidate-meeting';
import type { TransitionInput } from './types';

/** hold (with the date) → record → approve / return (with a reason) / reopen. */
export function useTransitionMeetingMutation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionInput) => http.post<void>(`/meetings/${id}/transition`, body),
    onSuccess: () => invalidateMeeting(qc, id),
  });
}
