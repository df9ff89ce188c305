import { useMutation } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import type { SignInCode } from './types';

/** A fresh, short-lived QR code for the organiser to show; each call replaces the previous one. */
export function useSignInCodeMutation(meetingId: string) {
  return useMutation({
    mutationFn: () => http.post<SignInCode>(`/meetings/${meetingId}/sign-in-code`),
  });
}
