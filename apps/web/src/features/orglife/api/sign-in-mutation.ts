import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { invalidateMeeting } from './invalidate-meeting';

/** A member confirms their presence with the token from the organiser's QR code. */
export function useSignInMutation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      http.post<{ meetingId: string; title: string }>('/meetings/sign-in', { token }),
    onSuccess: (r) => invalidateMeeting(qc, r.meetingId),
  });
}
